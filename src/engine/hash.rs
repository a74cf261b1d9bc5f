//! The state hash: BLAKE3 over a canonical serialisation of the world (ordered fields, vectors,
//! no maps), so the same seed and orders give the same hash in every run and process.

use super::state::World;

pub fn state_hash(world: &World) -> String {
    let mut hasher = blake3::Hasher::new();
    // Serialising plain data into a Vec cannot fail; an error would be a bug in a Serialize impl.
    match serde_json::to_writer(&mut HashWriter(&mut hasher), world) {
        Ok(()) => hasher.finalize().to_hex().to_string(),
        Err(e) => format!("unhashable:{e}"),
    }
}

struct HashWriter<'a>(&'a mut blake3::Hasher);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
