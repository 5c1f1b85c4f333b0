//! The goals a manager keeps on a sheet: frame goals chosen from the page,
//! in the manager's order, with weights, and the person's own goals.

use crate::message::{Catalog, Message};
use crate::sheet::{Goal, GoalsProblem, OwnGoal, Sheet, SheetError, MAX_OWN_GOAL_CHARS};
use crate::values::{check_text, ValueError};

pub use crate::frame::{is_own_goal_key, OWN_GOAL_PREFIX};

/// The most goals a sheet keeps.
pub const MAX_GOALS: usize = 64;

/// The largest weight, in percent.
pub const MAX_WEIGHT: u32 = 100;

/// A kept goal as the sheet knows it: one of the frames' goals, found in the
/// profile's frames by its key, or one of the person's own goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalRef<'s> {
    /// A goal of the frames, by its key (`smart-2`, `okr-1`, `mbo-3`, …).
    Frame(&'s str),
    /// An own goal: its key, and what the sheet holds of it (`None` for a key
    /// kept without its text, e.g. in a file edited by hand).
    Own(&'s str, Option<&'s OwnGoal>),
}

impl<'s> GoalRef<'s> {
    /// Its key on the sheet.
    pub fn key(self) -> &'s str {
        match self {
            GoalRef::Frame(key) | GoalRef::Own(key, _) => key,
        }
    }
}

/// Why a weight was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeightError;

impl Message for WeightError {
    fn message(&self, t: &Catalog) -> String {
        t.error_weight(&MAX_WEIGHT.to_string())
    }
}

crate::english_display!(WeightError);

impl std::error::Error for WeightError {}

/// A weight as typed: empty for none, else a whole percent from 0 to 100
/// (a trailing `%` is allowed).
pub fn parse_weight(text: &str) -> Result<Option<u32>, WeightError> {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(w) if w <= MAX_WEIGHT => Ok(Some(w)),
        _ => Err(WeightError),
    }
}

impl Sheet {
    /// True when the goal with this key is kept.
    pub fn is_kept(&self, key: &str) -> bool {
        self.goals.iter().any(|g| g.key == key)
    }

    /// Keeps a goal, last in the order (nothing happens if it is kept already
    /// or the sheet holds [`MAX_GOALS`]).
    pub fn keep(&mut self, key: &str) {
        if !self.is_kept(key) && self.goals.len() < MAX_GOALS {
            self.goals.push(Goal {
                key: key.to_string(),
                weight: None,
            });
        }
    }

    /// Stops keeping a goal; an own goal is removed with its values.
    pub fn unkeep(&mut self, key: &str) {
        self.goals.retain(|g| g.key != key);
        if self.own_goals.remove(key).is_some() {
            for slot in crate::SlotKind::ALL {
                let _ = self.values.set(key, slot, "");
            }
        }
    }

    /// Moves a kept goal one place up (`-1`) or down (`1`); at an end, nothing happens.
    pub fn move_goal(&mut self, key: &str, by: isize) {
        if let Some(i) = self.goals.iter().position(|g| g.key == key) {
            let j = i as isize + by;
            if (0..self.goals.len() as isize).contains(&j) {
                self.goals.swap(i, j as usize);
            }
        }
    }

    /// Sets a kept goal's weight (`None` clears it).
    pub fn set_weight(&mut self, key: &str, weight: Option<u32>) -> Result<(), WeightError> {
        if weight.is_some_and(|w| w > MAX_WEIGHT) {
            return Err(WeightError);
        }
        if let Some(goal) = self.goals.iter_mut().find(|g| g.key == key) {
            goal.weight = weight;
        }
        Ok(())
    }

    /// What the kept goal with this key is: a frame goal or an own goal.
    pub fn goal_ref<'s>(&'s self, key: &'s str) -> GoalRef<'s> {
        if is_own_goal_key(key) {
            GoalRef::Own(key, self.own_goals.get(key))
        } else {
            GoalRef::Frame(key)
        }
    }

    /// The kept goals in order: what each is, and its weight.
    pub fn kept_goals(&self) -> impl Iterator<Item = (GoalRef<'_>, Option<u32>)> {
        self.goals.iter().map(|g| (self.goal_ref(&g.key), g.weight))
    }

    /// Adds an own goal under `key` (which must start with [`OWN_GOAL_PREFIX`]
    /// and be new), kept last; returns its key.
    pub fn add_own_goal(&mut self, key: &str) -> String {
        let number = self.own_goals.values().map(|o| o.number).max().unwrap_or(0) + 1;
        self.own_goals.insert(
            key.to_string(),
            OwnGoal {
                number,
                text: String::new(),
            },
        );
        self.keep(key);
        key.to_string()
    }

    /// Sets what an own goal says.
    pub fn set_own_goal_text(&mut self, key: &str, text: &str) -> Result<(), ValueError> {
        check_text(text, MAX_OWN_GOAL_CHARS)?;
        if let Some(own) = self.own_goals.get_mut(key) {
            own.text = text.to_string();
        }
        Ok(())
    }

    /// Checks the goal list: distinct keys, at most [`MAX_GOALS`], weights of
    /// at most [`MAX_WEIGHT`], own goals all kept and under their prefix.
    pub(crate) fn validate_goals(&self) -> Result<(), SheetError> {
        if self.goals.len() > MAX_GOALS {
            return Err(SheetError::Goals(GoalsProblem::TooMany(self.goals.len())));
        }
        for (i, goal) in self.goals.iter().enumerate() {
            if self.goals[..i].iter().any(|g| g.key == goal.key) {
                return Err(SheetError::Goals(GoalsProblem::Twice(goal.key.clone())));
            }
            if goal.weight.is_some_and(|w| w > MAX_WEIGHT) {
                return Err(SheetError::Goals(GoalsProblem::Overweight(
                    goal.key.clone(),
                )));
            }
        }
        for key in self.own_goals.keys() {
            if !is_own_goal_key(key) {
                return Err(SheetError::Goals(GoalsProblem::OwnPrefix(key.clone())));
            }
        }
        Ok(())
    }
}

/// The sum of a sheet's weights, as the page, the print and every export
/// state it: the one wording of the total and of its warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalWeight {
    /// No goal has a weight yet.
    Unweighed,
    /// The weights set, added up.
    Sum(u32),
}

impl TotalWeight {
    /// The total of goals' weights: unweighed while none has one.
    pub fn of(weights: impl IntoIterator<Item = Option<u32>>) -> TotalWeight {
        let set: Vec<u32> = weights.into_iter().flatten().collect();
        if set.is_empty() {
            TotalWeight::Unweighed
        } else {
            TotalWeight::Sum(set.iter().sum())
        }
    }

    /// The sum, when any goal has a weight.
    pub fn sum(self) -> Option<u32> {
        match self {
            TotalWeight::Unweighed => None,
            TotalWeight::Sum(sum) => Some(sum),
        }
    }

    /// True when weights are set and do not add up to 100.
    pub fn is_off(self) -> bool {
        self.sum().is_some_and(|s| s != 100)
    }

    /// The total as documents print it: "Total weight: 100%", or
    /// "Total weight: 90% (not 100%)"; none while no goal has a weight.
    pub fn line(self, t: &Catalog) -> Option<String> {
        let sum = self.sum()?;
        Some(if self.is_off() {
            t.total_weight_off(&percent(sum))
        } else {
            t.total_weight(&percent(sum))
        })
    }

    /// The total as the page shows it: [`TotalWeight::line`], or what to do
    /// while no goal has a weight.
    pub fn status(self, t: &Catalog) -> String {
        self.line(t)
            .unwrap_or_else(|| t.total_weight_none().to_string())
    }
}

/// A weight as every format writes it: `60%`.
pub fn percent(weight: u32) -> String {
    format!("{weight}%")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::tests::filled;
    use crate::SlotKind;

    #[test]
    fn keep_order_weigh_and_remove() {
        let mut sheet = filled();
        sheet.keep("smart-1");
        sheet.keep("okr-2");
        sheet.keep("mbo-3");
        sheet.keep("smart-1");
        let order = |s: &Sheet| s.goals.iter().map(|g| g.key.clone()).collect::<Vec<_>>();
        assert_eq!(order(&sheet), ["smart-1", "okr-2", "mbo-3"]);
        sheet.move_goal("mbo-3", -1);
        assert_eq!(order(&sheet), ["smart-1", "mbo-3", "okr-2"]);
        sheet.move_goal("smart-1", -1);
        sheet.move_goal("okr-2", 1);
        assert_eq!(
            order(&sheet),
            ["smart-1", "mbo-3", "okr-2"],
            "ends stay put"
        );
        for (key, w) in [("smart-1", 60), ("mbo-3", 30), ("okr-2", 10)] {
            sheet.set_weight(key, Some(w)).unwrap();
        }
        let weights = |s: &Sheet| s.kept_goals().map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(weights(&sheet), [Some(60), Some(30), Some(10)]);
        assert_eq!(sheet.set_weight("okr-2", Some(101)), Err(WeightError));
        sheet.unkeep("mbo-3");
        assert_eq!(weights(&sheet), [Some(60), Some(10)]);
        assert_eq!(parse_weight(" 60 % "), Ok(Some(60)));
        assert_eq!(parse_weight(""), Ok(None));
        assert_eq!(parse_weight("sixty"), Err(WeightError));
        assert_eq!(parse_weight("-5"), Err(WeightError));
    }

    #[test]
    fn own_goals_are_numbered_kept_and_removed_with_their_values() {
        let mut sheet = filled();
        let a = sheet.add_own_goal("own-a");
        let b = sheet.add_own_goal("own-b");
        assert_eq!(sheet.own_goals[&a].number, 1);
        assert_eq!(sheet.own_goals[&b].number, 2);
        assert!(sheet.is_kept(&a) && sheet.is_kept(&b));
        assert!(matches!(sheet.goal_ref(&a), GoalRef::Own(_, Some(o)) if o.number == 1));
        assert_eq!(sheet.goal_ref("own-lost"), GoalRef::Own("own-lost", None));
        assert_eq!(sheet.goal_ref("smart-1"), GoalRef::Frame("smart-1"));
        sheet.set_own_goal_text(&a, "Mentor two juniors").unwrap();
        assert!(sheet.set_own_goal_text(&a, "x\ny").is_err());
        sheet.values.set(&a, SlotKind::Target, "2").unwrap();
        sheet.unkeep(&a);
        assert!(!sheet.own_goals.contains_key(&a));
        assert_eq!(sheet.values.get(&a, SlotKind::Target), None);
        let json = sheet.to_json();
        assert_eq!(Sheet::from_json(&json).unwrap(), sheet);
        let twice = json.replace(
            "\"goals\":[{\"key\":\"own-b\"}]",
            "\"goals\":[{\"key\":\"own-b\"},{\"key\":\"own-b\"}]",
        );
        assert!(Sheet::from_json(&twice).is_err());
    }
}
