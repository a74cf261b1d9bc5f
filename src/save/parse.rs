//! Bytes to a save, bounded: gunzip at most `MAX_JSON` bytes (counted while inflating), peek at
//! the format marker and version without building the JSON in memory, then read the typed save
//! straight from the bytes. Only format 0 goes through a JSON tree, from a smaller limit.

use super::error::SaveError;
use super::format::{FORMAT_MARKER, FORMAT_VERSION};
use super::migrate;
use flate2::read::GzDecoder;
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::io::Read;
use std::path::Path;

/// The most a save may hold, packed on disk or unpacked: a 40-quarter workshop save is a few
/// hundred kilobytes. Typed, a save takes at most about ten times this in memory.
pub const MAX_JSON: u64 = 4 << 20;
/// Format 0 is migrated as a JSON tree, up to twenty times its size in memory.
const MAX_V0_JSON: usize = 1 << 20;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Gunzips (or passes plain JSON through), telling truncated, corrupt and foreign files apart.
pub(super) fn unpack(bytes: &[u8], origin: &Path) -> Result<Vec<u8>, SaveError> {
    let path = origin.to_path_buf();
    if bytes.is_empty() {
        return Err(SaveError::Truncated {
            path,
            detail: "the file is empty".into(),
        });
    }
    if bytes.starts_with(&GZIP_MAGIC) {
        let mut out = Vec::new();
        // Inflation stops one byte past the limit: a small bomb never unpacks in full.
        let mut reader = GzDecoder::new(bytes).take(MAX_JSON + 1);
        return match reader.read_to_end(&mut out) {
            Ok(_) if out.len() as u64 > MAX_JSON => Err(SaveError::NotASave {
                path,
                detail: format!(
                    "it unpacks to more than {}; a save is at most that",
                    crate::fsread::size(MAX_JSON)
                ),
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
        if bytes.len() as u64 > MAX_JSON {
            return Err(SaveError::NotASave {
                path,
                detail: format!("JSON of more than {}", crate::fsread::size(MAX_JSON)),
            });
        }
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

/// The top-level fields that say what a file is; everything else is skipped unread.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<Peek>,
    #[serde(default)]
    version: Option<Peek>,
    #[serde(default)]
    app_version: Option<Peek>,
    #[serde(default)]
    orders: Option<Peek>,
    #[serde(default)]
    hashes: Option<Peek>,
}

/// A value seen but not kept, unless it is a string or a whole number.
enum Peek {
    Text(String),
    Whole(u64),
    Array,
    Other,
}

impl<'de> Deserialize<'de> for Peek {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Peek, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Peek;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Peek, E> {
                Ok(Peek::Text(v.chars().take(80).collect()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Peek, E> {
                Ok(Peek::Whole(v))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Peek, E> {
                Ok(Peek::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Peek, E> {
                Ok(Peek::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Peek, E> {
                Ok(Peek::Other)
            }
            fn visit_unit<E>(self) -> Result<Peek, E> {
                Ok(Peek::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Peek, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Peek::Array)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Peek, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Peek::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// The format version of a save's JSON, checking it is well-formed, ours and not newer.
pub(super) fn detect_version(json: &[u8], origin: &Path) -> Result<u64, SaveError> {
    let path = origin.to_path_buf();
    let first = json.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if first != Some(b'{') {
        serde_json::from_slice::<IgnoredAny>(json).map_err(|e| json_error(e, origin))?;
        return Err(SaveError::NotASave {
            path,
            detail: "JSON, but not an object".into(),
        });
    }
    let header: Header = serde_json::from_slice(json).map_err(|e| json_error(e, origin))?;
    match header.format {
        Some(Peek::Text(f)) if f == FORMAT_MARKER => {}
        Some(Peek::Text(other)) => {
            return Err(SaveError::NotASave {
                path,
                detail: format!("its format is \"{other}\""),
            });
        }
        _ if is_v0(&header) => return Ok(0),
        _ => {
            return Err(SaveError::NotASave {
                path,
                detail: format!("JSON without \"format\": \"{FORMAT_MARKER}\""),
            });
        }
    }
    let Some(Peek::Whole(version)) = header.version else {
        return Err(SaveError::Invalid {
            path,
            detail: "no format version".into(),
        });
    };
    if version > FORMAT_VERSION {
        let app = match header.app_version {
            Some(Peek::Text(a)) => a.chars().take(40).collect(),
            _ => "version unknown".into(),
        };
        return Err(SaveError::Newer {
            path,
            format: version,
            app,
        });
    }
    Ok(version)
}

fn is_v0(h: &Header) -> bool {
    matches!(h.version, Some(Peek::Whole(0)))
        && matches!(h.orders, Some(Peek::Array))
        && matches!(h.hashes, Some(Peek::Array))
}

/// A format-0 save brought up to the current format, as a tree for the typed read.
pub(super) fn migrated(json: &[u8], version: u64, origin: &Path) -> Result<Vec<u8>, SaveError> {
    let invalid = |detail: String| SaveError::Invalid {
        path: origin.to_path_buf(),
        detail,
    };
    if json.len() > MAX_V0_JSON {
        return Err(invalid(format!(
            "a format {version} save of more than {}",
            crate::fsread::size(MAX_V0_JSON as u64)
        )));
    }
    let tree = serde_json::from_slice(json).map_err(|e| json_error(e, origin))?;
    let tree = migrate::upgrade(tree, version)
        .map_err(|detail| invalid(format!("cannot migrate from format {version}: {detail}")))?;
    serde_json::to_vec(&tree).map_err(|e| invalid(e.to_string()))
}

pub(super) fn json_error(e: serde_json::Error, origin: &Path) -> SaveError {
    use serde_json::error::Category;
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
}

/// Reads a list of at most `MAX` items, refusing a longer one before it is built: a save's
/// quarters are capped by the longest game a scenario may have.
pub(super) fn at_most<'de, D, T, const MAX: usize>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct V<T, const MAX: usize>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>, const MAX: usize> serde::de::Visitor<'de> for V<T, MAX> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a list of at most {MAX}")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = a.next_element()? {
                if out.len() == MAX {
                    return Err(serde::de::Error::invalid_length(MAX + 1, &self));
                }
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(V::<T, MAX>(std::marker::PhantomData))
}
