//! The save file: gzip-compressed JSON of `SaveFile`. Format history and migration live in
//! `migrate`; this module writes the current format and reads any format it knows.
//!
//! Reading is two-phase: bytes to a JSON tree (telling truncated, corrupt, foreign and newer
//! files apart), then the tree, migrated to the current format, to typed data.

use super::error::SaveError;
use super::facilitator::{FacilitatorAction, FacilitatorEntry};
use super::migrate;
use super::summary::TurnSummary;
use crate::engine::orders::sanitize;
use crate::engine::{Date, Orders, Seat};
use crate::game::{Game, SeatRole};
use crate::scenario::{self, Scenario};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The version of the save format this build writes. Bump it with a migration step in
/// `migrate` whenever a change would make an older build misread the file.
pub const FORMAT_VERSION: u64 = 1;
/// The `format` field of every save, so other JSON is told apart from a save.
pub const FORMAT_MARKER: &str = "overbuild-save";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// A save unpacks to a few hundred kilobytes; anything past this is not one of ours.
const MAX_UNPACKED: u64 = 64 << 20;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

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
    /// The slot name a player gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub scenario: ScenarioRef,
    pub seed: u64,
    pub seats: SeatRoles,
    /// Hash of the world before the first quarter; empty when unknown (migrated saves).
    #[serde(default)]
    pub start_hash: String,
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
}

impl SaveMeta {
    pub fn new(roles: [SeatRole; 4]) -> SaveMeta {
        SaveMeta {
            roles,
            name: None,
            facilitator: Vec::new(),
            forked_from: None,
        }
    }
}

impl SaveFile {
    /// The save of a game as it stands.
    pub fn from_game(game: &Game, meta: &SaveMeta) -> SaveFile {
        let params = &game.scenario.params;
        let builtin_same = scenario::BUILTIN.iter().any(|(id, text)| {
            *id == params.scenario.id && scenario::hash_text(text) == game.scenario.hash
        });
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
            })
            .collect();
        SaveFile {
            format: FORMAT_MARKER.to_string(),
            version: FORMAT_VERSION,
            app_version: APP_VERSION.to_string(),
            saved_at: now(),
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
        }
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
        let json = unpack(bytes, origin)?;
        let tree = parse_tree(&json, origin)?;
        let version = detect_version(&tree, origin)?;
        let tree = if version < FORMAT_VERSION {
            migrate::upgrade(tree, version).map_err(|detail| SaveError::Invalid {
                path: origin.to_path_buf(),
                detail: format!("cannot migrate from format {version}: {detail}"),
            })?
        } else {
            tree
        };
        let mut save: SaveFile = serde_json::from_value(tree).map_err(|e| SaveError::Invalid {
            path: origin.to_path_buf(),
            detail: e.to_string(),
        })?;
        save.origin = origin.to_path_buf();
        Ok(save)
    }

    pub fn read(path: &Path) -> Result<SaveFile, SaveError> {
        let bytes = std::fs::read(path).map_err(|e| SaveError::read(path, &e))?;
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
        let Some((id, text)) = scenario::BUILTIN.iter().find(|(id, _)| *id == r.id) else {
            return Err(problem(format!(
                "needs scenario \"{}\", which is not built into this Overbuild ({APP_VERSION})",
                r.id
            )));
        };
        let hash = scenario::hash_text(text);
        if hash != r.hash {
            return Err(problem(format!(
                "was saved with another version of scenario {id} (content hash {}, this build has {}); open it with the Overbuild that wrote it ({})",
                short(&r.hash),
                short(&hash),
                self.app_version
            )));
        }
        scenario::from_text(text, &format!("builtin:{id}")).map_err(|e| problem(e.to_string()))
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

fn actions_of(entries: &[FacilitatorEntry], turn: u32) -> Vec<FacilitatorAction> {
    entries
        .iter()
        .filter(|e| e.turn == turn)
        .map(|e| e.action.clone())
        .collect()
}

pub(crate) fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The first eight hex digits of a hash, for messages.
pub fn short(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}

/// Gunzips (or passes plain JSON through), telling truncated, corrupt and foreign files apart.
fn unpack(bytes: &[u8], origin: &Path) -> Result<Vec<u8>, SaveError> {
    let path = origin.to_path_buf();
    if bytes.is_empty() {
        return Err(SaveError::Truncated {
            path,
            detail: "the file is empty".into(),
        });
    }
    if bytes.starts_with(&GZIP_MAGIC) {
        let mut out = Vec::new();
        let mut reader = GzDecoder::new(bytes).take(MAX_UNPACKED + 1);
        return match reader.read_to_end(&mut out) {
            Ok(_) if out.len() as u64 > MAX_UNPACKED => Err(SaveError::NotASave {
                path,
                detail: "it unpacks to more than 64 MB".into(),
            }),
            Ok(_) => Ok(out),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(SaveError::Truncated {
                path,
                detail: "the compressed data ends early".into(),
            }),
            Err(e) => Err(SaveError::Corrupt {
                path,
                detail: format!("bad gzip data: {e}"),
            }),
        };
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if first == Some(b'{') {
        return Ok(bytes.to_vec());
    }
    let detail = match std::str::from_utf8(bytes) {
        Ok(text) if toml::from_str::<toml::Table>(text).is_ok() => {
            "it is a TOML file (a scenario or orders file?); saves are gzip-compressed JSON".into()
        }
        Ok(_) => "it is text; saves are gzip-compressed JSON".into(),
        Err(_) => "it is binary data but not gzip; saves are gzip-compressed JSON".into(),
    };
    Err(SaveError::NotASave { path, detail })
}

fn parse_tree(json: &[u8], origin: &Path) -> Result<serde_json::Value, SaveError> {
    use serde_json::error::Category;
    serde_json::from_slice(json).map_err(|e| {
        let path = origin.to_path_buf();
        match e.classify() {
            Category::Eof => SaveError::Truncated {
                path,
                detail: "the JSON ends early".into(),
            },
            Category::Syntax => SaveError::Corrupt {
                path,
                detail: format!("bad JSON: {e}"),
            },
            Category::Io | Category::Data => SaveError::Invalid {
                path,
                detail: e.to_string(),
            },
        }
    })
}

fn detect_version(tree: &serde_json::Value, origin: &Path) -> Result<u64, SaveError> {
    let path = origin.to_path_buf();
    let Some(object) = tree.as_object() else {
        return Err(SaveError::NotASave {
            path,
            detail: "JSON, but not an object".into(),
        });
    };
    match object.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT_MARKER) => {}
        Some(other) => {
            return Err(SaveError::NotASave {
                path,
                detail: format!("its format is \"{other}\""),
            });
        }
        None if migrate::is_v0(tree) => return Ok(0),
        None => {
            return Err(SaveError::NotASave {
                path,
                detail: format!("JSON without \"format\": \"{FORMAT_MARKER}\""),
            });
        }
    }
    let Some(version) = object.get("version").and_then(|v| v.as_u64()) else {
        return Err(SaveError::Invalid {
            path,
            detail: "no format version".into(),
        });
    };
    if version > FORMAT_VERSION {
        let app = object
            .get("app_version")
            .and_then(|v| v.as_str())
            .unwrap_or("version unknown")
            .chars()
            .take(40)
            .collect();
        return Err(SaveError::Newer {
            path,
            format: version,
            app,
        });
    }
    Ok(version)
}
