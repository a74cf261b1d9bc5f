//! The save file: gzip-compressed JSON of `SaveFile`. Format history and migration live in
//! `migrate`; this module writes the current format and reads any format it knows.
//!
//! Reading (in `parse`) is bounded: unpacked size, then a peek at the format and version
//! (telling truncated, corrupt, foreign and newer files apart), then typed data.

use super::error::SaveError;
use super::facilitator::{FacilitatorAction, FacilitatorEntry};
use super::intent::{self, IntentEntry, SeatIntent};
use super::parse;
use super::reasons::{self, ReasonEntry, SeatReason};
use super::summary::TurnSummary;
use crate::engine::orders::sanitize;
use crate::engine::{Date, Orders, Seat};
use crate::game::{Game, SeatRole};
use crate::scenario::{self, Scenario};
use flate2::Compression;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version of the save format this build writes. Bump it with a migration step in
/// `migrate` whenever a change would make an older build misread the file.
pub const FORMAT_VERSION: u64 = 1;
/// The `format` field of every save, so other JSON is told apart from a save.
pub const FORMAT_MARKER: &str = "overbuild-save";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The most quarters a save holds: the longest game a scenario may have.
const MAX_QUARTERS: usize = scenario::MAX_TURNS as usize;

/// A whole game: enough to replay every quarter bit for bit, plus a summary of each quarter
/// for lists and comparisons that should not need a replay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    pub format: String,
    pub version: u64,
    /// The Overbuild that wrote the file.
    pub app_version: String,
    /// Seconds since 1970 (UTC) when written; 0 when unknown.
    #[serde(default)]
    pub saved_at: u64,
    /// Nanoseconds past `saved_at`, so that saves written within one second (autosaves in a
    /// row) keep the order they were written in; 0 when unknown.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub saved_at_nanos: u32,
    /// The slot name a player gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub scenario: ScenarioRef,
    pub seed: u64,
    pub seats: SeatRoles,
    /// Hash of the world before the first quarter; empty when unknown (migrated saves).
    #[serde(default)]
    pub start_hash: String,
    #[serde(deserialize_with = "quarters")]
    pub turns: Vec<TurnRecord>,
    /// Facilitator actions during the quarter being played when the game was saved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<FacilitatorAction>,
    /// The save and quarter this game was forked from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forked_from: Option<ForkOrigin>,
    /// Where it was read from, for messages; not written.
    #[serde(skip)]
    pub origin: PathBuf,
}

/// Which scenario a game needs. Built-in scenarios are named by id and content hash; any other
/// scenario travels inside the save, so the save replays on a machine without the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// BLAKE3 of the scenario file's bytes.
    pub hash: String,
    /// `builtin:ID` or the path it was loaded from.
    #[serde(default)]
    pub source: String,
    /// The scenario file itself, for scenarios that are not built in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Who held each seat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeatRoles {
    pub openai: SeatRole,
    pub oracle: SeatRole,
    pub utility: SeatRole,
    pub whitehouse: SeatRole,
}

impl SeatRoles {
    pub fn from_array(roles: &[SeatRole; 4]) -> SeatRoles {
        let [openai, oracle, utility, whitehouse] = roles.clone();
        SeatRoles {
            openai,
            oracle,
            utility,
            whitehouse,
        }
    }

    /// In `Seat::ALL` order.
    pub fn to_array(&self) -> [SeatRole; 4] {
        [
            self.openai.clone(),
            self.oracle.clone(),
            self.utility.clone(),
            self.whitehouse.clone(),
        ]
    }

    pub fn get(&self, seat: Seat) -> &SeatRole {
        match seat {
            Seat::OpenAi => &self.openai,
            Seat::Oracle => &self.oracle,
            Seat::Utility => &self.utility,
            Seat::WhiteHouse => &self.whitehouse,
        }
    }
}

/// One quarter as played.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TurnRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Every seat's orders and the facilitator's injects, as the engine applied them (clamped
    /// into range).
    pub orders: Orders,
    /// State hash of the world after this quarter (and its overrides).
    pub hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<TurnSummary>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facilitator: Vec<FacilitatorAction>,
    /// What the seats meant their orders to do (none in saves written before intents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intents: Vec<SeatIntent>,
    /// Why each bot played its orders (none in saves written before reasons).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<SeatReason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForkOrigin {
    /// The original's name, or its file name.
    pub from: String,
    /// Quarters taken over from the original.
    pub turn: u32,
}

/// What the caller knows about a game besides `Game` itself.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveMeta {
    pub roles: [SeatRole; 4],
    pub name: Option<String>,
    pub facilitator: Vec<FacilitatorEntry>,
    pub forked_from: Option<ForkOrigin>,
    /// The seats' intents, by quarter.
    pub intents: Vec<IntentEntry>,
    /// The bots' reasons, by quarter.
    pub reasons: Vec<ReasonEntry>,
}

impl SaveMeta {
    pub fn new(roles: [SeatRole; 4]) -> SaveMeta {
        SaveMeta {
            roles,
            name: None,
            facilitator: Vec::new(),
            forked_from: None,
            intents: Vec::new(),
            reasons: Vec::new(),
        }
    }
}

impl SaveFile {
    /// The save of a game as it stands.
    pub fn from_game(game: &Game, meta: &SaveMeta) -> SaveFile {
        let params = &game.scenario.params;
        let written = since_1970();
        let builtin_same =
            scenario::builtin(&params.scenario.id).is_some_and(|b| b.hash == game.scenario.hash);
        let turns: Vec<TurnRecord> = game
            .turns
            .iter()
            .enumerate()
            .map(|(i, t)| TurnRecord {
                date: Some(t.report.date),
                orders: sanitize(&t.orders, params),
                hash: t.hash.clone(),
                summary: Some(TurnSummary::of(&t.report, params)),
                facilitator: actions_of(&meta.facilitator, i as u32),
                intents: intent::of_turn(&meta.intents, i as u32),
                reasons: reasons::of_turn(&meta.reasons, i as u32),
            })
            .collect();
        SaveFile {
            format: FORMAT_MARKER.to_string(),
            version: FORMAT_VERSION,
            app_version: APP_VERSION.to_string(),
            saved_at: written.as_secs(),
            saved_at_nanos: written.subsec_nanos(),
            name: meta.name.clone(),
            scenario: ScenarioRef {
                id: params.scenario.id.clone(),
                name: params.scenario.name.clone(),
                hash: game.scenario.hash.clone(),
                source: game.scenario.source.clone(),
                text: (!builtin_same).then(|| game.scenario.text.clone()),
            },
            seed: game.seed,
            seats: SeatRoles::from_array(&meta.roles),
            start_hash: game.start_hash.clone(),
            pending: meta
                .facilitator
                .iter()
                .filter(|e| e.turn as usize >= game.turns.len())
                .map(|e| e.action.clone())
                .collect(),
            turns,
            forked_from: meta.forked_from.clone(),
            origin: PathBuf::new(),
        }
    }

    /// The caller's view of the save's extras (the inverse of `from_game`).
    pub fn meta(&self) -> SaveMeta {
        SaveMeta {
            roles: self.seats.to_array(),
            name: self.name.clone(),
            facilitator: self.facilitator_entries(),
            forked_from: self.forked_from.clone(),
            intents: self.intent_entries(),
            reasons: self.reason_entries(),
        }
    }

    /// Every quarter's bot reasons, as the caller keeps them.
    pub fn reason_entries(&self) -> Vec<ReasonEntry> {
        let mut entries = Vec::new();
        for (i, t) in self.turns.iter().enumerate() {
            for s in &t.reasons {
                entries.push(ReasonEntry {
                    turn: i as u32,
                    seat: s.seat,
                    reason: s.reason.clone(),
                });
            }
        }
        entries
    }

    /// Every quarter's intents, as the caller keeps them.
    pub fn intent_entries(&self) -> Vec<IntentEntry> {
        let mut entries = Vec::new();
        for (i, t) in self.turns.iter().enumerate() {
            for s in &t.intents {
                entries.push(IntentEntry {
                    turn: i as u32,
                    seat: s.seat,
                    intent: s.intent.clone(),
                });
            }
        }
        entries
    }

    pub fn facilitator_entries(&self) -> Vec<FacilitatorEntry> {
        let mut entries = Vec::new();
        for (i, t) in self.turns.iter().enumerate() {
            for action in &t.facilitator {
                entries.push(FacilitatorEntry {
                    turn: i as u32,
                    action: action.clone(),
                });
            }
        }
        for action in &self.pending {
            entries.push(FacilitatorEntry {
                turn: self.turns.len() as u32,
                action: action.clone(),
            });
        }
        entries
    }

    /// The file name or the path it came from, for messages.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => self
                .origin
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.scenario.id.clone()),
        }
    }

    /// Gzip-compressed JSON.
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        let json = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        let mut gz = GzEncoder::new(Vec::with_capacity(json.len() / 4), Compression::default());
        gz.write_all(&json).map_err(|e| e.to_string())?;
        gz.finish().map_err(|e| e.to_string())
    }

    /// Parses a save, migrating older formats. `origin` names the file in errors.
    pub fn from_bytes(bytes: &[u8], origin: &Path) -> Result<SaveFile, SaveError> {
        let json = parse::unpack(bytes, origin)?;
        let version = parse::detect_version(&json, origin)?;
        let json = if version < FORMAT_VERSION {
            parse::migrated(&json, version, origin)?
        } else {
            json
        };
        let mut save: SaveFile = serde_json::from_slice(&json).map_err(|e| SaveError::Invalid {
            path: origin.to_path_buf(),
            detail: e.to_string(),
        })?;
        save.origin = origin.to_path_buf();
        Ok(save)
    }

    /// Reads a save file: a regular file of at most `MAX_JSON` bytes (a device, a FIFO or a
    /// huge file is refused before it is read).
    pub fn read(path: &Path) -> Result<SaveFile, SaveError> {
        let bytes = crate::fsread::read_bounded(path, parse::MAX_JSON, "a save").map_err(|e| {
            match e.kind {
                crate::fsread::ReadErrorKind::Refused => SaveError::Refused {
                    path: path.to_path_buf(),
                    detail: e.detail,
                },
                _ => SaveError::Read {
                    path: path.to_path_buf(),
                    reason: e.detail,
                },
            }
        })?;
        SaveFile::from_bytes(&bytes, path)
    }

    /// Writes atomically; the file it replaces, if it was a readable save, becomes `PATH.bak`.
    pub fn write(&self, path: &Path) -> Result<(), SaveError> {
        let bytes = self.to_bytes().map_err(|reason| SaveError::Write {
            path: path.to_path_buf(),
            reason,
        })?;
        super::atomic::write(
            path,
            &bytes,
            super::atomic::Backup::IfValid(&|old| SaveFile::from_bytes(old, path).is_ok()),
        )
    }

    /// The scenario the save needs, checked against its content hash.
    pub fn scenario(&self) -> Result<Scenario, SaveError> {
        let r = &self.scenario;
        let problem = |detail: String| SaveError::Scenario {
            path: self.origin.clone(),
            detail,
        };
        if let Some(text) = &r.text {
            if scenario::hash_text(text) != r.hash {
                return Err(problem(format!(
                    "the scenario inside the save ({}) does not match its content hash",
                    r.id
                )));
            }
            let name = format!(
                "{} (scenario {} inside the save)",
                self.origin.display(),
                r.id
            );
            return scenario::from_text(text, &name).map_err(|e| problem(e.to_string()));
        }
        let Some(builtin) = scenario::builtin(&r.id) else {
            return Err(problem(format!(
                "needs scenario \"{}\", which is not built into this Overbuild ({APP_VERSION})",
                r.id
            )));
        };
        let id = &r.id;
        let hash = builtin.hash.clone();
        if hash != r.hash {
            // Builds between releases share a version number: then only the build can tell.
            let writer = if self.app_version == APP_VERSION {
                format!("a build of {APP_VERSION} from before the scenario changed")
            } else {
                self.app_version.clone()
            };
            return Err(problem(format!(
                "was saved with another version of scenario {id} (content hash {}, this build has {}); open it with the Overbuild that wrote it ({writer})",
                short(&r.hash),
                short(&hash),
            )));
        }
        Ok(builtin)
    }

    /// Checks what the types cannot: the save fits its scenario.
    pub fn check_against(&self, scenario: &Scenario) -> Result<(), SaveError> {
        let total = scenario.params.scenario.turns as usize;
        if self.turns.len() > total {
            return Err(SaveError::Invalid {
                path: self.origin.clone(),
                detail: format!(
                    "holds {} quarters but scenario {} has {total}",
                    self.turns.len(),
                    self.scenario.id
                ),
            });
        }
        Ok(())
    }
}

fn quarters<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<TurnRecord>, D::Error> {
    parse::at_most::<_, _, MAX_QUARTERS>(d)
}

fn actions_of(entries: &[FacilitatorEntry], turn: u32) -> Vec<FacilitatorAction> {
    entries
        .iter()
        .filter(|e| e.turn == turn)
        .map(|e| e.action.clone())
        .collect()
}

/// Time since 1970 (UTC); zero when the clock is set before it.
fn since_1970() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The first eight hex digits of a hash, for messages.
pub fn short(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}
