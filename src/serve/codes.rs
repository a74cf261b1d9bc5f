//! Who may log in: the login names (`oracle`, `t2-oracle`, `facilitator`) and a random join
//! code for each. Codes are short, lower-case and free of look-alike characters so a team can
//! type them from a slide; comparison ignores case, spaces and dashes.

use crate::engine::Seat;
use rand::RngExt;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// 31^6, about 9e8 codes for a seat; 31^8 for the facilitator, who can do more.
const SEAT_CODE_LEN: usize = 6;
const FACILITATOR_CODE_LEN: usize = 8;

/// What a login name asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Login {
    /// A seat at a table (tables counted from 0).
    Seat { table: usize, seat: Seat },
    /// The facilitator console (every table).
    Facilitator,
    /// A practice game of its own: the guided first game (`serve --tutorial`).
    Tutorial,
}

impl Login {
    /// Reads a login name: `facilitator`, `t2-oracle`, or plain `oracle` when there is one
    /// table. None for anything else (an unknown seat, a table that does not exist).
    pub fn parse(name: &str, tables: usize) -> Option<Login> {
        let name = name.trim().to_ascii_lowercase();
        if name == "facilitator" {
            return Some(Login::Facilitator);
        }
        if name == "tutorial" {
            return Some(Login::Tutorial);
        }
        if let Some(rest) = name.strip_prefix('t')
            && let Some((number, seat)) = rest.split_once('-')
            && let Ok(n) = number.parse::<usize>()
        {
            let seat = Seat::parse(seat)?;
            return (1..=tables)
                .contains(&n)
                .then(|| Login::Seat { table: n - 1, seat });
        }
        if tables == 1 {
            return Seat::parse(&name).map(|seat| Login::Seat { table: 0, seat });
        }
        None
    }

    /// The name to type: `oracle` with one table, `t2-oracle` with several.
    pub fn name(self, tables: usize) -> String {
        match self {
            Login::Facilitator => "facilitator".to_string(),
            Login::Tutorial => "tutorial".to_string(),
            Login::Seat { table, seat } if tables == 1 && table == 0 => seat.id().to_string(),
            Login::Seat { table, seat } => format!("t{}-{}", table + 1, seat.id()),
        }
    }
}

/// The codes of one table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCodes {
    pub openai: String,
    pub oracle: String,
    pub utility: String,
    pub whitehouse: String,
    /// The facilitator's code when this table's codes were made (kept so a restart with
    /// `--resume` gives the room the same codes).
    pub facilitator: String,
}

impl TableCodes {
    pub fn seat(&self, seat: Seat) -> &str {
        match seat {
            Seat::OpenAi => &self.openai,
            Seat::Oracle => &self.oracle,
            Seat::Utility => &self.utility,
            Seat::WhiteHouse => &self.whitehouse,
        }
    }

    /// Reads codes kept beside a save; None when there are none or they do not parse.
    pub fn read(path: &Path) -> Option<TableCodes> {
        let text =
            crate::fsread::read_text_bounded(path, crate::fsread::CODES_LIMIT, "a codes file")
                .ok()?;
        let codes: TableCodes = toml::from_str(&text).ok()?;
        let all = [
            &codes.openai,
            &codes.oracle,
            &codes.utility,
            &codes.whitehouse,
            &codes.facilitator,
        ];
        all.iter()
            .all(|c| normalize(c).len() >= SEAT_CODE_LEN)
            .then_some(codes)
    }

    /// Writes the codes beside a save, readable by the owner only.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = toml::to_string(self).map_err(|e| e.to_string())?;
        write_private(path, text.as_bytes(), true).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Every login's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Codes {
    pub tables: Vec<TableCodes>,
    pub facilitator: String,
    /// The code every tutorial player types, when the server offers tutorial tables.
    pub tutorial: Option<String>,
}

impl Codes {
    /// Fresh random codes for `tables` tables.
    pub fn generate(tables: usize) -> Codes {
        let facilitator = random_code(FACILITATOR_CODE_LEN);
        let tables = (0..tables)
            .map(|_| TableCodes {
                openai: random_code(SEAT_CODE_LEN),
                oracle: random_code(SEAT_CODE_LEN),
                utility: random_code(SEAT_CODE_LEN),
                whitehouse: random_code(SEAT_CODE_LEN),
                facilitator: facilitator.clone(),
            })
            .collect();
        Codes {
            tables,
            facilitator,
            tutorial: None,
        }
    }

    /// Offers tutorial tables: one shared code, as short as a seat's.
    pub fn enable_tutorial(&mut self) {
        self.tutorial = Some(random_code(SEAT_CODE_LEN));
    }

    /// The code a login needs; None for a table that does not exist.
    pub fn code(&self, login: Login) -> Option<&str> {
        match login {
            Login::Facilitator => Some(&self.facilitator),
            Login::Tutorial => self.tutorial.as_deref(),
            Login::Seat { table, seat } => self.tables.get(table).map(|t| t.seat(seat)),
        }
    }

    /// Whether `typed` is the login's code (case, spaces and dashes ignored; the comparison
    /// takes the same time wherever the first difference is).
    pub fn check(&self, login: Login, typed: &str) -> bool {
        match self.code(login) {
            Some(code) => same(&normalize(code), &normalize(typed)),
            None => false,
        }
    }
}

/// A code as typed on a slide: `kdm-4xp` (groups of three or four).
fn random_code(len: usize) -> String {
    let mut rng = rand::rng();
    let group = if len.is_multiple_of(4) { 4 } else { 3 };
    let mut code = String::with_capacity(len + len / group);
    for i in 0..len {
        if i > 0 && i % group == 0 {
            code.push('-');
        }
        let k = rng.random_range(0..ALPHABET.len());
        code.push(char::from(ALPHABET[k]));
    }
    code
}

fn normalize(code: &str) -> Vec<u8> {
    code.bytes()
        .filter(|b| !matches!(b, b'-' | b' ' | b'\t'))
        .map(|b| b.to_ascii_lowercase())
        .collect()
}

/// Constant-time equality of two byte strings of public length.
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Writes a file only its owner can read (a temporary file made private from the start,
/// synced and renamed into place). With `replace` false an existing file is never replaced.
pub fn write_private(path: &Path, bytes: &[u8], replace: bool) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile makes its files readable by the owner only.
    let mut tmp = tempfile::Builder::new()
        .prefix(".overbuild-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if replace {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names_for_one_table_and_several() {
        assert_eq!(
            Login::parse("oracle", 1),
            Some(Login::Seat {
                table: 0,
                seat: Seat::Oracle
            })
        );
        assert_eq!(
            Login::parse("T1-Oracle", 1),
            Some(Login::Seat {
                table: 0,
                seat: Seat::Oracle
            })
        );
        assert_eq!(Login::parse("facilitator", 3), Some(Login::Facilitator));
        assert_eq!(Login::parse("Tutorial", 3), Some(Login::Tutorial));
        let mut codes = Codes::generate(2);
        assert!(
            !codes.check(Login::Tutorial, ""),
            "no tutorial tables unless offered"
        );
        codes.enable_tutorial();
        let code = codes.code(Login::Tutorial).unwrap().to_string();
        assert!(codes.check(Login::Tutorial, &code.to_uppercase()));
        assert_eq!(
            Login::parse("t3-whitehouse", 3),
            Some(Login::Seat {
                table: 2,
                seat: Seat::WhiteHouse
            })
        );
        // Plain seat names are ambiguous with several tables; unknown seats and tables fail.
        assert_eq!(Login::parse("oracle", 2), None);
        assert_eq!(Login::parse("t4-oracle", 3), None);
        assert_eq!(Login::parse("t0-oracle", 3), None);
        assert_eq!(Login::parse("nvidia", 1), None);
        assert_eq!(Login::parse("t1-nvidia", 2), None);
        assert_eq!(Login::parse("root", 1), None);
        assert_eq!(Login::parse("", 1), None);
        for tables in [1, 4] {
            for seat in Seat::ALL {
                let login = Login::Seat { table: 0, seat };
                assert_eq!(Login::parse(&login.name(tables), tables), Some(login));
            }
        }
        assert_eq!(
            Login::Seat {
                table: 1,
                seat: Seat::OpenAi
            }
            .name(2),
            "t2-openai"
        );
    }

    #[test]
    fn codes_are_random_distinct_and_typed_loosely() {
        let codes = Codes::generate(3);
        assert_eq!(codes.tables.len(), 3);
        let mut all: Vec<&str> = codes
            .tables
            .iter()
            .flat_map(|t| Seat::ALL.map(|s| t.seat(s)))
            .collect();
        all.push(&codes.facilitator);
        for code in &all {
            assert!(
                code.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)),
                "{code}"
            );
        }
        assert_eq!(normalize(&codes.facilitator).len(), FACILITATOR_CODE_LEN);
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "13 random codes should differ");
        assert_ne!(
            Codes::generate(1).facilitator,
            Codes::generate(1).facilitator
        );

        let login = Login::Seat {
            table: 1,
            seat: Seat::Utility,
        };
        let code = codes.code(login).unwrap().to_string();
        assert!(codes.check(login, &code));
        assert!(codes.check(login, &code.to_uppercase().replace('-', " ")));
        assert!(!codes.check(login, ""));
        assert!(!codes.check(login, &format!("{code}x")));
        // Another seat's code does not open this one.
        let other = codes.tables[1].seat(Seat::Oracle).to_string();
        assert!(!codes.check(login, &other));
        assert!(codes.check(Login::Facilitator, &codes.facilitator));
        assert!(!codes.check(Login::Facilitator, &code));
        assert!(!codes.check(
            Login::Seat {
                table: 9,
                seat: Seat::Oracle
            },
            &code
        ));
    }

    #[test]
    fn codes_round_trip_beside_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t1.codes");
        let codes = Codes::generate(1).tables.remove(0);
        codes.write(&path).unwrap();
        assert_eq!(TableCodes::read(&path), Some(codes));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "codes are private: {mode:o}");
        }
        std::fs::write(&path, "openai = \"x\"").unwrap();
        assert_eq!(TableCodes::read(&path), None);
    }
}
