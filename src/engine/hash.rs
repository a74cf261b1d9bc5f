//! The state hash: BLAKE3 over a canonical serialisation of the world (ordered fields, vectors,
//! no maps), so the same seed and orders give the same hash in every run and process.

use super::state::World;
use std::cell::RefCell;

thread_local! {
    /// The serialised world, kept between calls so hashing a turn does not allocate anew.
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Serialises the world into one buffer, then hashes it in one pass: the same bytes as
/// streaming would give, without thousands of tiny hasher updates.
pub fn state_hash(world: &World) -> String {
    BUFFER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buffer) => hash_into(&mut buffer, world),
        // Only a Serialize impl that hashes a world could re-enter; give it its own buffer.
        Err(_) => hash_into(&mut Vec::new(), world),
    })
}

fn hash_into(buffer: &mut Vec<u8>, world: &World) -> String {
    buffer.clear();
    // Serialising plain data into a Vec cannot fail; an error would be a bug in a Serialize impl.
    match serde_json::to_writer(&mut *buffer, world) {
        Ok(()) => blake3::hash(buffer).to_hex().to_string(),
        Err(e) => format!("unhashable:{e}"),
    }
}
