//! The difference between what the database holds (the declarations recorded when its tables were
//! last created or changed) and what the models declare now, table by table, each step classified:
//! *additive* (applied at start in development: nothing existing can break or be lost) or
//! *needs a decision* (a migration file, reviewed, applies it).

use super::declaration::{Column, ColumnType, Table};

/// How one table differs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TableDiff {
    /// The recorded declaration; `None` for a new model.
    pub(crate) old: Option<Table>,
    /// The current declaration; `None` for a model no longer declared.
    pub(crate) new: Option<Table>,
    pub(crate) steps: Vec<Step>,
}

/// One change to a table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    CreateTable,
    DropTable,
    AddColumn(String),
    DropColumn(String),
    RenameColumn {
        from: String,
        to: String,
    },
    /// The column `to` (`from` in the old table) differs in `what`.
    AlterColumn {
        from: String,
        to: String,
        what: Vec<Alteration>,
    },
    CreateIndex(Vec<String>),
    DropIndex(Vec<String>),
    /// A composite unique constraint (`#[model(unique(..))]`), by its columns.
    CreateUnique(Vec<String>),
    DropUnique(Vec<String>),
}

/// What changed of a kept column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Alteration {
    /// Another stored type (an enumeration and text are the same storage).
    Type,
    /// Now nullable (`true`) or now required.
    Nullable(bool),
    Default,
    /// Now unique (`true`) or no longer.
    Unique(bool),
    /// The values an enumeration (or text) accepts: `added` and `removed` values; text becoming an
    /// enumeration removes "any text".
    Values {
        narrowed: bool,
    },
    /// The foreign key: `added` (or moved to another table), or only dropped or its delete action
    /// changed.
    Reference {
        tightened: bool,
    },
    /// `length(max)` of a keyed text column (its `VARCHAR` width on MySQL).
    MaxLength {
        narrowed: bool,
    },
}

impl TableDiff {
    /// The difference for one table; `None` when there is none.
    pub(crate) fn between(old: Option<&Table>, new: Option<&Table>) -> Option<Self> {
        let steps = match (old, new) {
            (None, None) => return None,
            (None, Some(_)) => vec![Step::CreateTable],
            (Some(_), None) => vec![Step::DropTable],
            (Some(old), Some(new)) => steps(old, new),
        };
        (!steps.is_empty()).then(|| Self {
            old: old.cloned(),
            new: new.cloned(),
            steps,
        })
    }

    /// Adopting `found`, a table that exists without a record (read by [`super::live`]), for
    /// `new`: its differences, or no step when it is the model's table already (then only its
    /// declaration is recorded).
    pub(crate) fn adopting(found: Table, new: Table) -> Self {
        let steps = steps(&found, &new);
        Self {
            old: Some(found),
            new: Some(new),
            steps,
        }
    }

    /// The table's name (the current one, else the recorded one).
    pub(crate) fn table(&self) -> &str {
        self.new
            .as_ref()
            .or(self.old.as_ref())
            .map_or("", |table| table.table.as_str())
    }

    /// The model's name.
    pub(crate) fn model(&self) -> &str {
        self.new
            .as_ref()
            .or(self.old.as_ref())
            .map_or("", |table| table.model.as_str())
    }

    /// Whether every step is additive.
    pub(crate) fn additive(&self) -> bool {
        self.steps
            .iter()
            .all(|step| self.why_decide(step).is_none())
    }

    /// Why `step` needs a decision (what it may lose or refuse), or `None` if it is additive.
    pub(crate) fn why_decide(&self, step: &Step) -> Option<String> {
        let new_column = |name: &str| self.new.as_ref().and_then(|table| table.column(name));
        match step {
            Step::CreateTable | Step::CreateIndex(_) | Step::DropIndex(_) | Step::DropUnique(_) => {
                None
            }
            Step::CreateUnique(_) => {
                Some("rows that already share these values stop it until one is changed".to_owned())
            }
            Step::DropTable => Some("every row is lost".to_owned()),
            Step::DropColumn(_) => Some("its values are lost".to_owned()),
            Step::RenameColumn { .. } => Some(
                "the values are kept; SQL of your own that names the old column breaks".to_owned(),
            ),
            Step::AddColumn(name) => {
                let column = new_column(name)?;
                if !column.fills_itself() {
                    Some("it is required and has no default: existing rows need a value".to_owned())
                } else if column.unique && !column.nullable {
                    Some("it is unique with a default: two existing rows would share it".to_owned())
                } else if column.references.is_some() && !column.nullable {
                    Some(
                        "it is a required reference: existing rows must point at a record"
                            .to_owned(),
                    )
                } else {
                    None
                }
            }
            Step::AlterColumn { what, .. } => {
                let reasons: Vec<&str> = what
                    .iter()
                    .filter_map(|alteration| match alteration {
                        Alteration::Type => Some("its type changes"),
                        Alteration::Nullable(false) => Some("it becomes required"),
                        Alteration::Unique(true) => Some("it becomes unique"),
                        Alteration::Values { narrowed: true } => Some("it accepts fewer values"),
                        Alteration::Reference { tightened: true } => Some("it gains a foreign key"),
                        Alteration::MaxLength { narrowed: true } => {
                            Some("its maximum length shrinks")
                        }
                        _ => None,
                    })
                    .collect();
                (!reasons.is_empty())
                    .then(|| format!("{}: existing rows may not fit", reasons.join(", ")))
            }
        }
    }

    /// One line per step, as `migrate status` and a refused start print them:
    /// `adds column `due` (timestamp, optional): additive`, or `..: needs a decision, <why>`.
    pub(crate) fn lines(&self) -> Vec<String> {
        if self.steps.is_empty() {
            return vec!["adopts the existing table, which is the model's: additive".to_owned()];
        }
        self.steps
            .iter()
            .map(|step| match self.why_decide(step) {
                None => format!("{}: additive", self.describe(step)),
                Some(why) => format!("{}: needs a decision, {why}", self.describe(step)),
            })
            .collect()
    }

    /// Whether a column is dropped and another added: perhaps a rename without `renamed_from`.
    pub(crate) fn maybe_renamed(&self) -> bool {
        self.steps
            .iter()
            .any(|step| matches!(step, Step::DropColumn(_)))
            && self
                .steps
                .iter()
                .any(|step| matches!(step, Step::AddColumn(_)))
    }

    /// The step in words, for logs and messages (`adds column due_date (timestamp, optional)`).
    pub(crate) fn describe(&self, step: &Step) -> String {
        let new_column = |name: &str| self.new.as_ref().and_then(|table| table.column(name));
        match step {
            Step::CreateTable => "creates the table".to_owned(),
            Step::DropTable => "drops the table".to_owned(),
            Step::AddColumn(name) => match new_column(name) {
                Some(column) => format!(
                    "adds column `{name}` ({}{}){}",
                    column.ty.describe(),
                    if column.nullable {
                        ", optional"
                    } else if column.default.is_some() {
                        ", with its default"
                    } else {
                        ", required"
                    },
                    // A rename that matched nothing: say so, or its values are silently lost.
                    column.renamed_from.as_ref().map_or_else(String::new, |from| format!(
                        " (`renamed_from = \"{from}\"` names no column of the table: it takes the \
                         old column's name, which is the field's unless it had `column = \"..\"`)"
                    ))
                ),
                None => format!("adds column `{name}`"),
            },
            Step::DropColumn(name) => format!("drops column `{name}`"),
            Step::RenameColumn { from, to } => format!("renames column `{from}` to `{to}`"),
            Step::AlterColumn { to, what, .. } => {
                let parts: Vec<&str> = what
                    .iter()
                    .map(|alteration| match alteration {
                        Alteration::Type => "type",
                        Alteration::Nullable(true) => "now optional",
                        Alteration::Nullable(false) => "now required",
                        Alteration::Default => "default",
                        Alteration::Unique(true) => "now unique",
                        Alteration::Unique(false) => "no longer unique",
                        Alteration::Values { narrowed: false } => "more values",
                        Alteration::Values { narrowed: true } => "fewer values",
                        Alteration::Reference { .. } => "foreign key",
                        Alteration::MaxLength { .. } => "maximum length",
                    })
                    .collect();
                format!("changes column `{to}` ({})", parts.join(", "))
            }
            Step::CreateIndex(columns) => format!("creates an index on ({})", columns.join(", ")),
            Step::DropIndex(columns) => format!("drops the index on ({})", columns.join(", ")),
            Step::CreateUnique(columns) => {
                format!("makes ({}) unique together", columns.join(", "))
            }
            Step::DropUnique(columns) => {
                format!("drops the unique constraint on ({})", columns.join(", "))
            }
        }
    }

    /// The same difference the other way round: what undoes it.
    pub(crate) fn reversed(&self) -> Self {
        let steps = self
            .steps
            .iter()
            .rev()
            .map(|step| match step {
                Step::CreateTable => Step::DropTable,
                Step::DropTable => Step::CreateTable,
                Step::AddColumn(name) => Step::DropColumn(name.clone()),
                Step::DropColumn(name) => Step::AddColumn(name.clone()),
                Step::RenameColumn { from, to } => Step::RenameColumn {
                    from: to.clone(),
                    to: from.clone(),
                },
                Step::AlterColumn { from, to, what } => Step::AlterColumn {
                    from: to.clone(),
                    to: from.clone(),
                    what: what.iter().map(Alteration::reversed).collect(),
                },
                Step::CreateIndex(columns) => Step::DropIndex(columns.clone()),
                Step::DropIndex(columns) => Step::CreateIndex(columns.clone()),
                Step::CreateUnique(columns) => Step::DropUnique(columns.clone()),
                Step::DropUnique(columns) => Step::CreateUnique(columns.clone()),
            })
            .collect();
        Self {
            old: self.new.clone(),
            new: self.old.clone(),
            steps,
        }
    }

    /// The old name of each kept column, by its new name (renames and same names).
    pub(crate) fn sources(&self) -> Vec<(String, String)> {
        let (Some(old), Some(new)) = (&self.old, &self.new) else {
            return Vec::new();
        };
        new.columns
            .iter()
            .filter_map(|column| {
                let renamed = self.steps.iter().find_map(|step| match step {
                    Step::RenameColumn { from, to } if *to == column.name => Some(from.clone()),
                    _ => None,
                });
                let added = self.steps.contains(&Step::AddColumn(column.name.clone()));
                match renamed {
                    Some(from) => Some((column.name.clone(), from)),
                    None if !added && old.column(&column.name).is_some() => {
                        Some((column.name.clone(), column.name.clone()))
                    }
                    None => None,
                }
            })
            .collect()
    }
}

impl Alteration {
    fn reversed(&self) -> Self {
        match self {
            Self::Nullable(now) => Self::Nullable(!now),
            Self::Unique(now) => Self::Unique(!now),
            Self::Values { narrowed } => Self::Values {
                narrowed: !narrowed,
            },
            Self::Reference { tightened } => Self::Reference {
                tightened: !tightened,
            },
            Self::MaxLength { narrowed } => Self::MaxLength {
                narrowed: !narrowed,
            },
            other => other.clone(),
        }
    }
}

/// The steps from `old` to `new`, both the same table.
fn steps(old: &Table, new: &Table) -> Vec<Step> {
    let mut steps = Vec::new();
    // Each new column's source in the old table: a declared rename, else the same name.
    let mut moved: Vec<(&str, &str)> = Vec::new();
    let mut kept: Vec<(&Column, &Column)> = Vec::new();
    for column in &new.columns {
        let renamed = column
            .renamed_from
            .as_deref()
            .filter(|from| old.column(from).is_some() && old.column(&column.name).is_none());
        if let Some(from) = renamed {
            moved.push((from, &column.name));
            steps.push(Step::RenameColumn {
                from: from.to_owned(),
                to: column.name.clone(),
            });
            kept.push((old.column(from).expect("checked above"), column));
        } else if let Some(source) = old.column(&column.name) {
            kept.push((source, column));
        }
    }
    for column in &old.columns {
        if !kept.iter().any(|(source, _)| source.name == column.name) {
            steps.push(Step::DropColumn(column.name.clone()));
        }
    }
    for column in &new.columns {
        if !kept.iter().any(|(_, target)| target.name == column.name) {
            steps.push(Step::AddColumn(column.name.clone()));
        }
    }
    for (source, target) in kept {
        let what = alterations(old, source, new, target);
        if !what.is_empty() {
            steps.push(Step::AlterColumn {
                from: source.name.clone(),
                to: target.name.clone(),
                what,
            });
        }
    }
    // Indexes compare by their columns, the old ones read under their new names.
    let under_new_names = |columns: &Vec<String>| -> Vec<String> {
        columns
            .iter()
            .map(|column| {
                moved
                    .iter()
                    .find(|(from, _)| from == column)
                    .map_or_else(|| column.clone(), |(_, to)| (*to).to_owned())
            })
            .collect()
    };
    let old_indexes: Vec<Vec<String>> = old.indexes.iter().map(under_new_names).collect();
    for (index, columns) in old_indexes.iter().enumerate() {
        if !new.indexes.contains(columns) {
            steps.push(Step::DropIndex(old.indexes[index].clone()));
        }
    }
    for columns in &new.indexes {
        if !old_indexes.contains(columns) {
            steps.push(Step::CreateIndex(columns.clone()));
        }
    }
    let old_uniques: Vec<Vec<String>> = old.uniques.iter().map(under_new_names).collect();
    for (index, columns) in old_uniques.iter().enumerate() {
        if !new.uniques.contains(columns) {
            steps.push(Step::DropUnique(old.uniques[index].clone()));
        }
    }
    for columns in &new.uniques {
        if !old_uniques.contains(columns) {
            steps.push(Step::CreateUnique(columns.clone()));
        }
    }
    steps
}

/// What differs between a kept column's old and new declarations.
fn alterations(
    old_table: &Table,
    old: &Column,
    new_table: &Table,
    new: &Column,
) -> Vec<Alteration> {
    let mut what = Vec::new();
    if !old.ty.same_storage(&new.ty) {
        what.push(Alteration::Type);
    } else if old.ty != new.ty {
        let accepted = |ty: &ColumnType| match ty {
            ColumnType::Enum { values, .. } => Some(values.clone()),
            _ => None,
        };
        let narrowed = match (accepted(&old.ty), accepted(&new.ty)) {
            (Some(before), Some(after)) => before.iter().any(|value| !after.contains(value)),
            (None, Some(_)) => true,
            _ => false,
        };
        // A renamed enumeration with the same values is the same column.
        if accepted(&old.ty) != accepted(&new.ty) {
            what.push(Alteration::Values { narrowed });
        }
    }
    if old.nullable != new.nullable {
        what.push(Alteration::Nullable(new.nullable));
    }
    if old.default != new.default {
        what.push(Alteration::Default);
    }
    if old.unique != new.unique {
        what.push(Alteration::Unique(new.unique));
    }
    if old.references != new.references {
        let tightened = match (&old.references, &new.references) {
            (_, None) => false,
            (Some(before), Some(after)) => before.table != after.table,
            (None, Some(_)) => true,
        };
        what.push(Alteration::Reference { tightened });
    }
    let width =
        |table: &Table, column: &Column| table.keyed(column).then_some(column.max_length).flatten();
    let (before, after) = (width(old_table, old), width(new_table, new));
    if before != after && old_table.keyed(old) && new_table.keyed(new) {
        let narrowed = match (before, after) {
            (None, Some(_)) => true,
            (Some(before), Some(after)) => after < before,
            _ => false,
        };
        what.push(Alteration::MaxLength { narrowed });
    }
    what
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::declaration::{Default, ForeignKey};

    fn column(name: &str, ty: ColumnType) -> Column {
        Column::plain(name, ty)
    }

    fn status(values: &[&str]) -> ColumnType {
        ColumnType::Enum {
            name: "Status".to_owned(),
            values: values.iter().map(|&value| value.to_owned()).collect(),
        }
    }

    fn task(columns: Vec<Column>, indexes: &[&[&str]]) -> Table {
        Table {
            model: "Task".to_owned(),
            table: "kanban_task".to_owned(),
            columns,
            indexes: indexes
                .iter()
                .map(|columns| columns.iter().map(|&column| column.to_owned()).collect())
                .collect(),
            uniques: Vec::new(),
        }
    }

    fn v1() -> Table {
        task(
            vec![
                column("id", ColumnType::Text),
                column("title", ColumnType::Text),
                column("status", status(&["TODO", "DONE"])),
                column("note", ColumnType::Text),
            ],
            &[],
        )
    }

    #[test]
    fn a_new_model_is_created_and_a_dropped_one_needs_a_decision() {
        let created = TableDiff::between(None, Some(&v1())).expect("differs");
        assert_eq!(created.steps, [Step::CreateTable]);
        assert!(created.additive());
        let dropped = TableDiff::between(Some(&v1()), None).expect("differs");
        assert_eq!(dropped.steps, [Step::DropTable]);
        assert!(!dropped.additive());
        assert_eq!(TableDiff::between(Some(&v1()), Some(&v1())), None);
    }

    #[test]
    fn optional_and_defaulted_columns_indexes_and_new_values_are_additive() {
        let mut v2 = v1();
        v2.columns.push(Column {
            nullable: true,
            ..column("due", ColumnType::Timestamp)
        });
        v2.columns.push(Column {
            default: Some(Default::Int(0)),
            ..column("points", ColumnType::I32)
        });
        v2.columns[2].ty = status(&["TODO", "DOING", "DONE"]);
        v2.indexes.push(vec!["status".to_owned()]);
        let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
        assert_eq!(
            diff.steps,
            [
                Step::AddColumn("due".to_owned()),
                Step::AddColumn("points".to_owned()),
                Step::AlterColumn {
                    from: "status".to_owned(),
                    to: "status".to_owned(),
                    what: vec![Alteration::Values { narrowed: false }],
                },
                Step::CreateIndex(vec!["status".to_owned()]),
            ]
        );
        assert!(diff.additive(), "{diff:?}");
    }

    #[test]
    fn what_may_lose_or_refuse_data_needs_a_decision() {
        let decide = |change: &dyn Fn(&mut Table)| {
            let mut v2 = v1();
            change(&mut v2);
            let diff = TableDiff::between(Some(&v1()), Some(&v2)).expect("differs");
            assert!(!diff.additive(), "{diff:?}");
            diff.steps
                .iter()
                .filter_map(|step| diff.why_decide(step))
                .collect::<Vec<_>>()
                .join("; ")
        };
        assert_eq!(
            decide(&|table| {
                table.columns.pop();
            }),
            "its values are lost"
        );
        assert_eq!(
            decide(&|table| table.columns.push(column("owner", ColumnType::Text))),
            "it is required and has no default: existing rows need a value"
        );
        assert_eq!(
            decide(&|table| table.columns[2].ty = status(&["TODO"])),
            "it accepts fewer values: existing rows may not fit"
        );
        assert_eq!(
            decide(&|table| table.columns[1].ty = ColumnType::I64),
            "its type changes: existing rows may not fit"
        );
        assert_eq!(
            decide(&|table| table.columns[1].unique = true),
            "it becomes unique: existing rows may not fit"
        );
        assert_eq!(
            decide(&|table| {
                table.columns[3].references = Some(ForeignKey {
                    table: "kanban_board".to_owned(),
                    on_delete: "CASCADE".to_owned(),
                    plugin: None,
                });
            }),
            "it gains a foreign key: existing rows may not fit"
        );
    }

    #[test]
    fn a_declared_rename_keeps_the_column_and_its_indexes() {
        let mut old = v1();
        old.indexes
            .push(vec!["note".to_owned(), "status".to_owned()]);
        let mut new = old.clone();
        new.columns[3].name = "remark".to_owned();
        new.columns[3].renamed_from = Some("note".to_owned());
        new.columns[3].nullable = true;
        new.indexes[0] = vec!["remark".to_owned(), "status".to_owned()];
        let diff = TableDiff::between(Some(&old), Some(&new)).expect("differs");
        assert_eq!(
            diff.steps,
            [
                Step::RenameColumn {
                    from: "note".to_owned(),
                    to: "remark".to_owned()
                },
                Step::AlterColumn {
                    from: "note".to_owned(),
                    to: "remark".to_owned(),
                    what: vec![Alteration::Nullable(true)],
                },
            ]
        );
        assert!(
            diff.sources()
                .contains(&("remark".to_owned(), "note".to_owned()))
        );
        // Undone: renamed back, required again.
        let back = diff.reversed();
        assert_eq!(
            back.steps[1],
            Step::RenameColumn {
                from: "remark".to_owned(),
                to: "note".to_owned()
            }
        );
        assert!(!back.additive());
        // Without `renamed_from`, the same change is a drop and an add.
        new.columns[3].renamed_from = None;
        let diff = TableDiff::between(Some(&old), Some(&new)).expect("differs");
        assert!(diff.steps.contains(&Step::DropColumn("note".to_owned())));
        assert!(diff.steps.contains(&Step::AddColumn("remark".to_owned())));
    }
}
