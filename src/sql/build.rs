//! Writing the statements: a maximum's due condition, the guards of the duties that share its
//! rows, and the scope (whole rows or columns) the mapping allows.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::dialect::is_plain_identifier;
use super::{
    Condition, Dialect, RetentionSql, Scope, SqlAction, SqlError, SqlMapping, Statement,
    TableMapping, Withheld, WithheldReason,
};
use crate::assess::{ActivityPlan, Cutoff, PlannedRule, RetentionPlan};
use crate::RetentionAction;

/// Writes the statements that apply every maximum of `plan` to the tables of `mapping`, in
/// `dialect`, each guarded by the legal duties that share its rows.
///
/// See [the module documentation](super) for what each statement does and why.
///
/// # Errors
///
/// A [`SqlError`] naming the JSON path of the mapping entry that cannot be used: a name that
/// is not a plain identifier, an unknown activity or category, a missing trigger column, the
/// columns of a category that must be erased without its row, or an archive without its
/// table. Nothing is written when the mapping is wrong.
pub fn retention_sql(
    plan: &RetentionPlan,
    mapping: &SqlMapping,
    dialect: Dialect,
) -> Result<RetentionSql, SqlError> {
    let tables = check_mapping(plan, mapping)?;
    let mut out = RetentionSql {
        dialect,
        as_of: plan.as_of,
        actions: Vec::new(),
        withheld: Vec::new(),
    };
    for (activity, rule) in plan.rules() {
        if !rule.is_maximum() {
            continue;
        }
        let withheld = |reason, mapping: Option<&Table>| Withheld {
            activity: activity.activity.clone(),
            rule: rule.path.clone(),
            mapping: mapping.map(|t| t.path.clone()),
            reason,
            guard: None,
            questions: Vec::new(),
            message: None,
        };
        let due_date = match &rule.cutoff {
            Cutoff::DueIfTriggerOnOrBefore { date } => *date,
            Cutoff::NeedsReview { questions } => {
                out.withheld.push(Withheld {
                    questions: questions.clone(),
                    ..withheld(WithheldReason::NeedsReview, None)
                });
                continue;
            }
            _ => {
                out.withheld
                    .push(withheld(WithheldReason::NothingDue, None));
                continue;
            }
        };
        let mut mapped = false;
        for table in tables
            .iter()
            .filter(|t| t.map.activity == activity.activity)
        {
            let covered: Vec<&str> = table
                .categories
                .iter()
                .copied()
                .filter(|c| rule.data_categories.iter().any(|r| r == c))
                .collect();
            if covered.is_empty() {
                continue;
            }
            mapped = true;
            match table_actions(&tables, table, rule, &covered, due_date, dialect)? {
                TableOutcome::Actions(actions) if actions.is_empty() => out
                    .withheld
                    .push(withheld(WithheldReason::AllProtected, Some(table))),
                TableOutcome::Actions(actions) => {
                    out.actions.extend(actions.into_iter().map(|a| SqlAction {
                        activity: activity.activity.clone(),
                        rule: rule.path.clone(),
                        ..a
                    }))
                }
                TableOutcome::GuardNeedsReview(guard) => out.withheld.push(Withheld {
                    guard: Some(guard.path.clone()),
                    questions: guard.questions().to_vec(),
                    ..withheld(WithheldReason::GuardNeedsReview, Some(table))
                }),
            }
        }
        if !mapped {
            out.withheld.push(withheld(WithheldReason::NotMapped, None));
        }
    }
    Ok(out)
}

/// A checked table mapping.
struct Table<'a> {
    map: &'a TableMapping,
    /// `tables[i]`.
    path: String,
    /// The activity's categories stored here, in the activity's order.
    categories: Vec<&'a str>,
    /// The activity's plan.
    activity: &'a ActivityPlan,
}

impl Table<'_> {
    /// Whether `other` is the same database table.
    fn same_table(&self, other: &Table) -> bool {
        self.map.schema == other.map.schema && self.map.table == other.map.table
    }

    fn name(&self) -> String {
        match &self.map.schema {
            Some(schema) => format!("{schema}.{}", self.map.table),
            None => self.map.table.clone(),
        }
    }

    fn quoted(&self, dialect: Dialect, table: &str) -> String {
        match &self.map.schema {
            Some(schema) => format!("{}.{}", dialect.quote(schema), dialect.quote(table)),
            None => dialect.quote(table),
        }
    }

    fn trigger_column(&self, rule: &PlannedRule) -> Result<&str, SqlError> {
        rule.from
            .and_then(|t| self.map.triggers.get(&t))
            .map(String::as_str)
            .ok_or_else(|| SqlError::MissingTriggerColumn {
                path: format!("{}.triggers", self.path),
                trigger: rule.from.unwrap_or(crate::RetentionTrigger::Collection),
                rule: rule.path.clone(),
            })
    }
}

fn check_mapping<'a>(
    plan: &'a RetentionPlan,
    mapping: &'a SqlMapping,
) -> Result<Vec<Table<'a>>, SqlError> {
    let mut tables: Vec<Table<'a>> = Vec::with_capacity(mapping.tables.len());
    for (i, map) in mapping.tables.iter().enumerate() {
        let path = format!("tables[{i}]");
        let ident = |name: &str, at: String| {
            if is_plain_identifier(name) {
                Ok(())
            } else {
                Err(SqlError::InvalidIdentifier {
                    path: at,
                    name: name.to_owned(),
                })
            }
        };
        if let Some(schema) = &map.schema {
            ident(schema, format!("{path}.schema"))?;
        }
        ident(&map.table, format!("{path}.table"))?;
        ident(&map.id, format!("{path}.id"))?;
        if let Some(archive) = &map.archive_table {
            ident(archive, format!("{path}.archive_table"))?;
        }
        for (trigger, column) in &map.triggers {
            ident(column, format!("{path}.triggers.{}", trigger.as_str()))?;
        }
        for (category, columns) in &map.columns {
            for (j, column) in columns.iter().enumerate() {
                ident(column, format!("{path}.columns.{category}[{j}]"))?;
            }
        }
        let activity = plan
            .activity(&map.activity)
            .ok_or_else(|| SqlError::UnknownActivity {
                path: format!("{path}.activity"),
                activity: map.activity.clone(),
            })?;
        let unknown = |category: &str, at: String| SqlError::UnknownDataCategory {
            path: at,
            activity: map.activity.clone(),
            category: category.to_owned(),
        };
        for (j, category) in map.data_categories.iter().enumerate() {
            if !activity.data_categories.contains(category) {
                return Err(unknown(category, format!("{path}.data_categories[{j}]")));
            }
        }
        let categories: Vec<&str> = activity
            .data_categories
            .iter()
            .map(String::as_str)
            .filter(|c| {
                map.data_categories.is_empty() || map.data_categories.iter().any(|m| m == c)
            })
            .collect();
        for category in map.columns.keys() {
            if !categories.contains(&category.as_str()) {
                return Err(unknown(category, format!("{path}.columns.{category}")));
            }
        }
        let table = Table {
            map,
            path,
            categories,
            activity,
        };
        if tables
            .iter()
            .any(|t| t.same_table(&table) && t.map.activity == map.activity)
        {
            return Err(SqlError::DuplicateTable {
                path: table.path,
                activity: map.activity.clone(),
                table: map.table.clone(),
            });
        }
        tables.push(table);
    }
    // An id or trigger column set to NULL would hide the row's dates from later statements.
    for table in &tables {
        for other in tables.iter().filter(|o| o.same_table(table)) {
            for (category, columns) in &table.map.columns {
                for (j, column) in columns.iter().enumerate() {
                    if *column == other.map.id || other.map.triggers.values().any(|t| t == column) {
                        return Err(SqlError::ReservedColumn {
                            path: format!("{}.columns.{category}[{j}]", table.path),
                            column: column.clone(),
                        });
                    }
                }
            }
        }
    }
    Ok(tables)
}

/// `column <= date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bound<'a> {
    column: &'a str,
    date: NaiveDate,
}

/// A duty that shares rows with the maximum.
struct Guard<'a> {
    rule: &'a PlannedRule,
    /// When the duty has ended; `None` when it never ends within the calendar.
    over: Option<Bound<'a>>,
    /// The categories of the table it keeps.
    categories: BTreeSet<&'a str>,
}

enum TableOutcome<'a> {
    Actions(Vec<SqlAction>),
    GuardNeedsReview(&'a PlannedRule),
}

fn table_actions<'a>(
    tables: &'a [Table<'a>],
    table: &'a Table<'a>,
    rule: &'a PlannedRule,
    covered: &[&'a str],
    due_date: NaiveDate,
    dialect: Dialect,
) -> Result<TableOutcome<'a>, SqlError> {
    let due = Bound {
        column: table.trigger_column(rule)?,
        date: due_date,
    };
    let sharing: Vec<&Table> = tables.iter().filter(|t| t.same_table(table)).collect();
    let mut row: Vec<&str> = Vec::new();
    for category in sharing.iter().flat_map(|t| t.categories.iter().copied()) {
        if !row.contains(&category) {
            row.push(category);
        }
    }
    let whole_rows =
        rule.then != RetentionAction::Anonymise && row.iter().all(|c| covered.contains(c));
    let affected: &[&str] = if whole_rows { &row } else { covered };

    let mut guards: Vec<Guard> = Vec::new();
    for other in &sharing {
        for duty in other.activity.rules.iter().filter(|r| r.may_keep()) {
            let may_cover = |c: &&str| match &duty.cutoff {
                // A rule in doubt that names no category may cover any of its activity's.
                Cutoff::NeedsReview { .. } if duty.data_categories.is_empty() => true,
                _ => duty.data_categories.iter().any(|d| d == c),
            };
            let categories: BTreeSet<&str> =
                other.categories.iter().copied().filter(may_cover).collect();
            if categories.is_empty() {
                continue;
            }
            let over = match &duty.cutoff {
                Cutoff::NeedsReview { .. } => {
                    if affected.iter().any(|c| categories.contains(c)) {
                        return Ok(TableOutcome::GuardNeedsReview(duty));
                    }
                    continue;
                }
                Cutoff::AllProtected => None,
                cutoff => match cutoff.date() {
                    Some(date) => Some(Bound {
                        column: other.trigger_column(duty)?,
                        date,
                    }),
                    None => continue,
                },
            };
            // The due condition already implies this duty has ended.
            if over.is_some_and(|b| b.column == due.column && b.date >= due.date) {
                continue;
            }
            guards.push(Guard {
                rule: duty,
                over,
                categories,
            });
        }
    }
    let guards_of = |category: &str| -> Vec<usize> {
        guards
            .iter()
            .enumerate()
            .filter(|(_, g)| g.categories.contains(category))
            .map(|(i, _)| i)
            .collect()
    };

    let writer = Writer {
        table,
        rule,
        dialect,
        due,
        guards: &guards,
    };
    let mut actions = Vec::new();
    let mut by_column: Vec<(Vec<usize>, Vec<&str>)> = Vec::new();
    if whole_rows {
        let row_guards: Vec<usize> = (0..guards.len())
            .filter(|&i| {
                guards
                    .get(i)
                    .is_some_and(|g| row.iter().any(|c| g.categories.contains(c)))
            })
            .collect();
        if let Some(action) = writer.action(&row_guards, Scope::Rows, covered, &[])? {
            actions.push(action);
        }
        // Where a duty keeps the row, the data it does not keep are due on their own.
        for category in covered {
            let own = guards_of(category);
            if own != row_guards {
                group(&mut by_column, own, category);
            }
        }
    } else {
        for category in covered {
            group(&mut by_column, guards_of(category), category);
        }
    }
    let columns_of = |category: &str| {
        sharing
            .iter()
            .find_map(|t| t.map.columns.get(category).filter(|c| !c.is_empty()))
    };
    for (mut guard_set, categories) in by_column {
        let mut columns: Vec<&str> = Vec::new();
        for category in &categories {
            if rule.then == RetentionAction::Archive {
                return Err(SqlError::ArchivePartOfRow {
                    path: table.path.clone(),
                    category: (*category).to_owned(),
                    rule: rule.path.clone(),
                });
            }
            let held = columns_of(category).ok_or_else(|| SqlError::MissingColumns {
                path: format!("{}.columns", table.path),
                category: (*category).to_owned(),
                rule: rule.path.clone(),
                action: rule.then.as_str(),
            })?;
            for column in held {
                if !columns.contains(&column.as_str()) {
                    columns.push(column);
                }
            }
        }
        // A column that also holds another category is kept while that category is.
        for other in row.iter().filter(|c| !categories.contains(c)) {
            let shares = columns_of(other)
                .is_some_and(|held| held.iter().any(|c| columns.contains(&c.as_str())));
            if shares {
                for guard in guards_of(other) {
                    if !guard_set.contains(&guard) {
                        guard_set.push(guard);
                    }
                }
            }
        }
        guard_set.sort_unstable();
        if guard_set
            .iter()
            .any(|&i| guards.get(i).is_some_and(|g| g.over.is_none()))
        {
            continue;
        }
        if let Some(action) = writer.action(&guard_set, Scope::Columns, &categories, &columns)? {
            actions.push(action);
        }
    }
    Ok(TableOutcome::Actions(actions))
}

fn group<'a>(groups: &mut Vec<(Vec<usize>, Vec<&'a str>)>, guards: Vec<usize>, category: &'a str) {
    match groups.iter_mut().find(|(g, _)| *g == guards) {
        Some((_, categories)) => categories.push(category),
        None => groups.push((guards, vec![category])),
    }
}

/// What every action of one maximum on one table shares.
struct Writer<'a> {
    table: &'a Table<'a>,
    rule: &'a PlannedRule,
    dialect: Dialect,
    due: Bound<'a>,
    guards: &'a [Guard<'a>],
}

impl Writer<'_> {
    /// The `SELECT` and the statements of one action, guarded by the duties `used`; `None` when
    /// a duty that never ends keeps every row it would change.
    fn action(
        &self,
        used: &[usize],
        scope: Scope,
        categories: &[&str],
        columns: &[&str],
    ) -> Result<Option<SqlAction>, SqlError> {
        let Writer {
            table,
            rule,
            dialect,
            due,
            guards,
        } = *self;
        let mut bounds = vec![due];
        let mut paths = vec![rule.path.clone()];
        for guard in used.iter().filter_map(|&i| guards.get(i)) {
            match guard.over {
                Some(bound) => bounds.push(bound),
                None => return Ok(None),
            }
            paths.push(guard.rule.path.clone());
        }
        let conditions: Vec<Condition> = bounds
            .iter()
            .zip(&paths)
            .map(|(b, path)| Condition {
                column: b.column.to_owned(),
                on_or_before: b.date,
                rule: path.clone(),
            })
            .collect();
        let paths: Vec<String> = paths.into_iter().skip(1).collect();
        let condition = |first: usize| -> String {
            bounds
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    format!(
                        "{} <= {}",
                        dialect.quote(b.column),
                        dialect.placeholder(first + i)
                    )
                })
                .collect::<Vec<_>>()
                .join(" AND ")
        };
        let params: Vec<NaiveDate> = bounds.iter().map(|b| b.date).collect();
        let from = table.quoted(dialect, &table.map.table);
        let statement = |sql: String| Statement {
            sql,
            params: params.clone(),
        };
        let select = statement(format!(
            "SELECT {} FROM {from} WHERE {}",
            dialect.quote(&table.map.id),
            condition(1)
        ));
        let apply =
            match (scope, rule.then) {
                (Scope::Columns, _) => {
                    let set: Vec<String> = columns
                        .iter()
                        .map(|c| format!("{} = NULL", dialect.quote(c)))
                        .collect();
                    vec![statement(format!(
                        "UPDATE {from} SET {} WHERE {}",
                        set.join(", "),
                        condition(1)
                    ))]
                }
                (Scope::Rows, RetentionAction::Archive) => {
                    let archive = table.map.archive_table.as_deref().ok_or_else(|| {
                        SqlError::NoArchiveTable {
                            path: table.path.clone(),
                            rule: rule.path.clone(),
                        }
                    })?;
                    vec![
                        statement(format!(
                            "INSERT INTO {} SELECT * FROM {from} WHERE {}",
                            table.quoted(dialect, archive),
                            condition(1)
                        )),
                        statement(format!("DELETE FROM {from} WHERE {}", condition(1))),
                    ]
                }
                (Scope::Rows, _) => vec![statement(format!(
                    "DELETE FROM {from} WHERE {}",
                    condition(1)
                ))],
            };
        Ok(Some(SqlAction {
            activity: String::new(),
            rule: String::new(),
            mapping: table.path.clone(),
            table: table.name(),
            then: rule.then,
            scope,
            data_categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            guards: paths,
            conditions,
            select,
            apply,
        }))
    }
}
