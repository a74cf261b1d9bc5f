//! The world as one seat may believe it: what a planning bot runs forward. Obligations kept off
//! a balance sheet that the market has not yet learnt of are known only to the company that
//! signed them, so every other seat's copy carries only the part the market knows. The rest
//! comes out in play (a downgrade's scrutiny reveals it) and in the debrief, never in a plan.
//! Other seats' drafts and the game's random streams are not in the world at all.

use super::ids::{CompanyId, Seat};
use super::orders::seat_company;
use super::state::World;

/// `world` with what `seat` cannot see replaced by what the market knows.
pub fn as_seen_by(world: &World, seat: Seat) -> World {
    let mut believed = world.clone();
    let own = seat_company(seat);
    for id in CompanyId::ALL.into_iter().filter(|id| Some(*id) != own) {
        let c = believed.company_mut(id);
        c.off_balance_bn = c.off_balance_known_bn.min(c.off_balance_bn);
    }
    believed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_obligations_are_known_only_to_the_company_that_signed_them() {
        let s = crate::scenario::load(crate::scenario::DEFAULT).unwrap();
        let mut world = World::new(s.params.clone(), s.hash.clone());
        let known = world.company(CompanyId::Oracle).off_balance_known_bn;
        world.company_mut(CompanyId::Oracle).off_balance_bn = known + 50.0;
        assert_eq!(
            as_seen_by(&world, Seat::Oracle)
                .company(CompanyId::Oracle)
                .off_balance_bn,
            known + 50.0
        );
        for seat in [Seat::OpenAi, Seat::Utility, Seat::WhiteHouse] {
            let believed = as_seen_by(&world, seat);
            assert_eq!(believed.company(CompanyId::Oracle).off_balance_bn, known);
            assert_eq!(
                believed.company(CompanyId::Oracle).off_balance_known_bn,
                known
            );
        }
    }
}
