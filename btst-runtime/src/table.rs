//! `__table!`: the Diesel schema of one model, in place of `diesel::table!`.
//!
//! Diesel's `table!` expands to `use ::diesel;`, which only resolves in a crate that depends on
//! diesel itself. btst-rs promises that a plugin crate depends on btst-runtime alone, so
//! `#[plugin]` invokes this macro instead: the same query-builder surface for a single table
//! (`table`, its columns, `dsl`, `all_columns`, `SqlType`, `BoxedQuery`, `find`, `filter`,
//! `order`, inserts, updates, deletes), every path through `$crate`, and the impls that let the
//! table take part in joins and subqueries (`#[plugin]` adds `joinable!` for each reference and
//! `allow_tables_to_appear_in_same_query!` for the tables linked by references).

/// Declares the table module `$table` for the SQL table `$sql_name`, primary key `id`; each
/// column `$column` is the SQL column `$column_name`.
#[doc(hidden)]
#[macro_export]
macro_rules! __table {
    ($(#[$attr:meta])* $table:ident = $sql_name:literal { $($column:ident = $column_name:literal: $sql_ty:ty $([$ops:ident])?),+ $(,)? } $(computed { $($computed:ident = $computed_sql:literal: $computed_ty:ty),* $(,)? })?) => {
        $(#[$attr])*
        #[allow(non_camel_case_types, non_upper_case_globals, dead_code, unreachable_pub, clippy::all, clippy::pedantic)]
        pub mod $table {
            use $crate::__private::diesel;

            pub use self::columns::*;

            /// The table and its columns, to glob-import.
            pub mod dsl {
                pub use super::columns::*;
                pub use super::table as $table;
            }

            /// Every column, in declaration order.
            pub const all_columns: ($(columns::$column,)+) = ($(columns::$column,)+);

            /// The table.
            #[derive(Debug, Clone, Copy, Default)]
            pub struct table;

            /// The SQL types of every column.
            pub type SqlType = ($($sql_ty,)+);

            /// A boxed query on this table.
            pub type BoxedQuery<'a, DB, ST = SqlType> = diesel::internal::table_macro::BoxedSelectStatement<
                'a,
                ST,
                diesel::internal::table_macro::FromClause<table>,
                DB,
            >;

            #[automatically_derived]
            impl diesel::query_builder::QueryId for table {
                type QueryId = table;
                const HAS_STATIC_QUERY_ID: bool = true;
            }

            #[automatically_derived]
            impl diesel::QuerySource for table {
                type FromClause = diesel::internal::table_macro::StaticQueryFragmentInstance<table>;
                type DefaultSelection = <Self as diesel::Table>::AllColumns;

                fn from_clause(&self) -> Self::FromClause {
                    diesel::internal::table_macro::StaticQueryFragmentInstance::new()
                }

                fn default_selection(&self) -> Self::DefaultSelection {
                    <Self as diesel::Table>::all_columns()
                }
            }

            #[automatically_derived]
            impl<DB> diesel::query_builder::QueryFragment<DB> for table
            where
                DB: diesel::backend::Backend,
                <table as diesel::internal::table_macro::StaticQueryFragment>::Component:
                    diesel::query_builder::QueryFragment<DB>,
            {
                fn walk_ast<'b>(&'b self, pass: diesel::query_builder::AstPass<'_, 'b, DB>) -> diesel::QueryResult<()> {
                    <table as diesel::internal::table_macro::StaticQueryFragment>::STATIC_COMPONENT.walk_ast(pass)
                }
            }

            #[automatically_derived]
            impl diesel::internal::table_macro::StaticQueryFragment for table {
                type Component = diesel::internal::table_macro::Identifier<'static>;
                const STATIC_COMPONENT: &'static Self::Component = &diesel::internal::table_macro::Identifier($sql_name);
            }

            #[automatically_derived]
            impl diesel::query_builder::AsQuery for table {
                type SqlType = SqlType;
                type Query = diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<Self>>;

                fn as_query(self) -> Self::Query {
                    diesel::internal::table_macro::SelectStatement::simple(self)
                }
            }

            #[automatically_derived]
            impl diesel::Table for table {
                type PrimaryKey = columns::id;
                type AllColumns = ($(columns::$column,)+);

                fn primary_key(&self) -> Self::PrimaryKey {
                    columns::id
                }

                fn all_columns() -> Self::AllColumns {
                    ($(columns::$column,)+)
                }
            }

            #[automatically_derived]
            impl diesel::associations::HasTable for table {
                type Table = Self;

                fn table() -> Self::Table {
                    table
                }
            }

            #[automatically_derived]
            impl diesel::query_builder::IntoUpdateTarget for table {
                type WhereClause = <<Self as diesel::query_builder::AsQuery>::Query as diesel::query_builder::IntoUpdateTarget>::WhereClause;

                fn into_update_target(self) -> diesel::query_builder::UpdateTarget<Self::Table, Self::WhereClause> {
                    diesel::query_builder::IntoUpdateTarget::into_update_target(diesel::query_builder::AsQuery::as_query(self))
                }
            }

            #[automatically_derived]
            impl diesel::query_source::AppearsInFromClause<table> for table {
                type Count = diesel::query_source::Once;
            }

            #[automatically_derived]
            impl diesel::query_source::AppearsInFromClause<table> for diesel::internal::table_macro::NoFromClause {
                type Count = diesel::query_source::Never;
            }

            // `diesel::alias!` of this table (a self-join), as Diesel's `table!` allows.
            #[automatically_derived]
            impl<S> diesel::internal::table_macro::AliasAppearsInFromClause<S, table> for table
            where
                S: diesel::query_source::AliasSource<Target = table>,
            {
                type Count = diesel::query_source::Never;
            }

            #[automatically_derived]
            impl<S1, S2> diesel::internal::table_macro::AliasAliasAppearsInFromClause<table, S2, S1> for table
            where
                S1: diesel::query_source::AliasSource<Target = table>,
                S2: diesel::query_source::AliasSource<Target = table>,
                S1: diesel::internal::table_macro::AliasAliasAppearsInFromClauseSameTable<S2, table>,
            {
                type Count = <S1 as diesel::internal::table_macro::AliasAliasAppearsInFromClauseSameTable<S2, table>>::Count;
            }

            #[automatically_derived]
            impl<S> diesel::query_source::AppearsInFromClause<diesel::query_source::Alias<S>> for table
            where
                S: diesel::query_source::AliasSource,
            {
                type Count = diesel::query_source::Never;
            }

            #[automatically_derived]
            impl<S, C> diesel::internal::table_macro::FieldAliasMapperAssociatedTypesDisjointnessTrick<table, S, C> for table
            where
                S: diesel::query_source::AliasSource<Target = table> + ::std::clone::Clone,
                C: diesel::query_source::Column<Table = table>,
            {
                type Out = diesel::query_source::AliasedField<S, C>;

                fn map(column: C, alias: &diesel::query_source::Alias<S>) -> Self::Out {
                    alias.field(column)
                }
            }

            #[automatically_derived]
            impl<S> diesel::JoinTo<diesel::query_source::Alias<S>> for table
            where
                diesel::query_source::Alias<S>: diesel::JoinTo<table>,
            {
                type FromClause = diesel::query_source::Alias<S>;
                type OnClause = <diesel::query_source::Alias<S> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::query_source::Alias<S>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::query_source::Alias::<S>::join_target(table);
                    (rhs, on_clause)
                }
            }

            // PostgreSQL's `ONLY` and `TABLESAMPLE` sources, which
            // `allow_tables_to_appear_in_same_query!` relates to every table.
            #[automatically_derived]
            impl<S> diesel::JoinTo<diesel::query_builder::Only<S>> for table
            where
                diesel::query_builder::Only<S>: diesel::JoinTo<table>,
            {
                type FromClause = diesel::query_builder::Only<S>;
                type OnClause = <diesel::query_builder::Only<S> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::query_builder::Only<S>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::query_builder::Only::<S>::join_target(table);
                    (rhs, on_clause)
                }
            }

            #[automatically_derived]
            impl diesel::query_source::AppearsInFromClause<diesel::query_builder::Only<table>> for table {
                type Count = diesel::query_source::Once;
            }

            #[automatically_derived]
            impl diesel::query_source::AppearsInFromClause<table> for diesel::query_builder::Only<table> {
                type Count = diesel::query_source::Once;
            }

            #[automatically_derived]
            impl<S, TSM> diesel::JoinTo<diesel::query_builder::Tablesample<S, TSM>> for table
            where
                diesel::query_builder::Tablesample<S, TSM>: diesel::JoinTo<table>,
                TSM: diesel::internal::table_macro::TablesampleMethod,
            {
                type FromClause = diesel::query_builder::Tablesample<S, TSM>;
                type OnClause = <diesel::query_builder::Tablesample<S, TSM> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::query_builder::Tablesample<S, TSM>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::query_builder::Tablesample::<S, TSM>::join_target(table);
                    (rhs, on_clause)
                }
            }

            #[automatically_derived]
            impl<TSM> diesel::query_source::AppearsInFromClause<diesel::query_builder::Tablesample<table, TSM>> for table
            where
                TSM: diesel::internal::table_macro::TablesampleMethod,
            {
                type Count = diesel::query_source::Once;
            }

            #[automatically_derived]
            impl<TSM> diesel::query_source::AppearsInFromClause<table> for diesel::query_builder::Tablesample<table, TSM>
            where
                TSM: diesel::internal::table_macro::TablesampleMethod,
            {
                type Count = diesel::query_source::Once;
            }

            #[automatically_derived]
            impl<Left, Right, Kind> diesel::JoinTo<diesel::internal::table_macro::Join<Left, Right, Kind>> for table
            where
                diesel::internal::table_macro::Join<Left, Right, Kind>: diesel::JoinTo<table>,
                Left: diesel::query_source::QuerySource,
                Right: diesel::query_source::QuerySource,
            {
                type FromClause = diesel::internal::table_macro::Join<Left, Right, Kind>;
                type OnClause = <diesel::internal::table_macro::Join<Left, Right, Kind> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::internal::table_macro::Join<Left, Right, Kind>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::internal::table_macro::Join::join_target(table);
                    (rhs, on_clause)
                }
            }

            #[automatically_derived]
            impl<Join, On> diesel::JoinTo<diesel::internal::table_macro::JoinOn<Join, On>> for table
            where
                diesel::internal::table_macro::JoinOn<Join, On>: diesel::JoinTo<table>,
            {
                type FromClause = diesel::internal::table_macro::JoinOn<Join, On>;
                type OnClause = <diesel::internal::table_macro::JoinOn<Join, On> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::internal::table_macro::JoinOn<Join, On>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::internal::table_macro::JoinOn::join_target(table);
                    (rhs, on_clause)
                }
            }

            #[automatically_derived]
            impl<F, S, D, W, O, L, Of, G> diesel::JoinTo<diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<F>, S, D, W, O, L, Of, G>> for table
            where
                diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<F>, S, D, W, O, L, Of, G>: diesel::JoinTo<table>,
                F: diesel::query_source::QuerySource,
            {
                type FromClause = diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<F>, S, D, W, O, L, Of, G>;
                type OnClause = <diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<F>, S, D, W, O, L, Of, G> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<F>, S, D, W, O, L, Of, G>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::internal::table_macro::SelectStatement::join_target(table);
                    (rhs, on_clause)
                }
            }

            #[automatically_derived]
            impl<'a, QS, ST, DB> diesel::JoinTo<diesel::internal::table_macro::BoxedSelectStatement<'a, diesel::internal::table_macro::FromClause<QS>, ST, DB>> for table
            where
                diesel::internal::table_macro::BoxedSelectStatement<'a, diesel::internal::table_macro::FromClause<QS>, ST, DB>: diesel::JoinTo<table>,
                QS: diesel::query_source::QuerySource,
            {
                type FromClause = diesel::internal::table_macro::BoxedSelectStatement<'a, diesel::internal::table_macro::FromClause<QS>, ST, DB>;
                type OnClause = <diesel::internal::table_macro::BoxedSelectStatement<'a, diesel::internal::table_macro::FromClause<QS>, ST, DB> as diesel::JoinTo<table>>::OnClause;

                fn join_target(rhs: diesel::internal::table_macro::BoxedSelectStatement<'a, diesel::internal::table_macro::FromClause<QS>, ST, DB>) -> (Self::FromClause, Self::OnClause) {
                    let (_, on_clause) = diesel::internal::table_macro::BoxedSelectStatement::join_target(table);
                    (rhs, on_clause)
                }
            }

            /// The columns.
            pub mod columns {
                use super::diesel;
                use super::table;

                $(
                    #[doc = concat!("The `", $column_name, "` column.")]
                    #[derive(Debug, Clone, Copy, Default)]
                    pub struct $column;

                    #[automatically_derived]
                    impl diesel::query_builder::QueryId for $column {
                        type QueryId = $column;
                        const HAS_STATIC_QUERY_ID: bool = true;
                    }

                    #[automatically_derived]
                    impl diesel::expression::Expression for $column {
                        type SqlType = $sql_ty;
                    }

                    #[automatically_derived]
                    impl<DB> diesel::query_builder::QueryFragment<DB> for $column
                    where
                        DB: diesel::backend::Backend,
                        diesel::internal::table_macro::StaticQueryFragmentInstance<table>: diesel::query_builder::QueryFragment<DB>,
                    {
                        fn walk_ast<'b>(&'b self, mut out: diesel::query_builder::AstPass<'_, 'b, DB>) -> diesel::QueryResult<()> {
                            if !out.should_skip_from() {
                                const FROM_CLAUSE: diesel::internal::table_macro::StaticQueryFragmentInstance<table> =
                                    diesel::internal::table_macro::StaticQueryFragmentInstance::new();
                                FROM_CLAUSE.walk_ast(out.reborrow())?;
                                out.push_sql(".");
                            }
                            out.push_identifier($column_name)
                        }
                    }

                    #[automatically_derived]
                    impl diesel::SelectableExpression<table> for $column {}

                    #[automatically_derived]
                    impl<QS> diesel::AppearsOnTable<QS> for $column where
                        QS: diesel::query_source::AppearsInFromClause<table, Count = diesel::query_source::Once>
                    {
                    }

                    #[automatically_derived]
                    impl diesel::query_source::AppearsInFromClause<diesel::query_builder::Only<table>> for $column {
                        type Count = diesel::query_source::Once;
                    }

                    #[automatically_derived]
                    impl diesel::SelectableExpression<diesel::query_builder::Only<table>> for $column {}

                    #[automatically_derived]
                    impl<TSM> diesel::query_source::AppearsInFromClause<diesel::query_builder::Tablesample<table, TSM>> for $column
                    where
                        TSM: diesel::internal::table_macro::TablesampleMethod,
                    {
                        type Count = diesel::query_source::Once;
                    }

                    #[automatically_derived]
                    impl<TSM> diesel::SelectableExpression<diesel::query_builder::Tablesample<table, TSM>> for $column
                    where
                        TSM: diesel::internal::table_macro::TablesampleMethod,
                    {
                    }

                    #[automatically_derived]
                    impl<Left, Right> diesel::SelectableExpression<diesel::internal::table_macro::Join<Left, Right, diesel::internal::table_macro::LeftOuter>>
                        for $column
                    where
                        $column: diesel::AppearsOnTable<diesel::internal::table_macro::Join<Left, Right, diesel::internal::table_macro::LeftOuter>>,
                        Self: diesel::SelectableExpression<Left>,
                        // On the right of a left join, only `Nullable<Self>` is selectable.
                        Right: diesel::query_source::AppearsInFromClause<table, Count = diesel::query_source::Never> + diesel::query_source::QuerySource,
                        Left: diesel::query_source::QuerySource,
                    {
                    }

                    #[automatically_derived]
                    impl<Left, Right> diesel::SelectableExpression<diesel::internal::table_macro::Join<Left, Right, diesel::internal::table_macro::Inner>>
                        for $column
                    where
                        $column: diesel::AppearsOnTable<diesel::internal::table_macro::Join<Left, Right, diesel::internal::table_macro::Inner>>,
                        Left: diesel::query_source::AppearsInFromClause<table> + diesel::query_source::QuerySource,
                        Right: diesel::query_source::AppearsInFromClause<table> + diesel::query_source::QuerySource,
                        (Left::Count, Right::Count): diesel::internal::table_macro::Pick<Left, Right>,
                        Self: diesel::SelectableExpression<<(Left::Count, Right::Count) as diesel::internal::table_macro::Pick<Left, Right>>::Selection>,
                    {
                    }

                    #[automatically_derived]
                    impl<Join, On> diesel::SelectableExpression<diesel::internal::table_macro::JoinOn<Join, On>> for $column
                    where
                        $column: diesel::SelectableExpression<Join> + diesel::AppearsOnTable<diesel::internal::table_macro::JoinOn<Join, On>>,
                    {
                    }

                    #[automatically_derived]
                    impl<From> diesel::SelectableExpression<diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<From>>>
                        for $column
                    where
                        From: diesel::query_source::QuerySource,
                        $column: diesel::SelectableExpression<From>
                            + diesel::AppearsOnTable<diesel::internal::table_macro::SelectStatement<diesel::internal::table_macro::FromClause<From>>>,
                    {
                    }

                    #[automatically_derived]
                    impl<GroupBy> diesel::expression::ValidGrouping<GroupBy> for $column
                    where
                        GroupBy: diesel::expression::IsContainedInGroupBy<$column, Output = diesel::expression::is_contained_in_group_by::Yes>,
                    {
                        type IsAggregate = diesel::expression::is_aggregate::Yes;
                    }

                    #[automatically_derived]
                    impl diesel::expression::ValidGrouping<()> for $column {
                        type IsAggregate = diesel::expression::is_aggregate::No;
                    }

                    #[automatically_derived]
                    impl diesel::expression::IsContainedInGroupBy<$column> for $column {
                        type Output = diesel::expression::is_contained_in_group_by::Yes;
                    }

                    #[automatically_derived]
                    impl diesel::query_source::Column for $column {
                        type Table = table;
                        const NAME: &'static str = $column_name;
                    }

                    #[automatically_derived]
                    impl<T> diesel::EqAll<T> for $column
                    where
                        T: diesel::expression::AsExpression<$sql_ty>,
                        diesel::dsl::Eq<$column, T::Expression>: diesel::Expression<SqlType = diesel::sql_types::Bool>,
                    {
                        type Output = diesel::dsl::Eq<Self, T::Expression>;

                        fn eq_all(self, rhs: T) -> Self::Output {
                            diesel::ExpressionMethods::eq(self, rhs)
                        }
                    }

                    $(
                        $crate::__table_ops!($ops: $column, $sql_ty);
                    )?
                )+

                $($(
                    $crate::__computed_column!($computed = $computed_sql: $computed_ty);
                )*)?
            }
        }
    };
}

/// A computed field's expression (`#[field(computed = "SQL")]`), in its table's `columns`
/// module beside the real columns, so that filters, orders and selections name it as they name
/// a column (`project::task_count.desc()`): an expression of the table whose SQL is the field's,
/// in parentheses. It has no `Column` impl: it is never inserted, updated or created.
#[doc(hidden)]
#[macro_export]
macro_rules! __computed_column {
    ($computed:ident = $computed_sql:literal: $computed_ty:ty) => {
        #[doc = concat!("The computed field `(", $computed_sql, ")`.")]
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $computed;

        #[automatically_derived]
        impl diesel::query_builder::QueryId for $computed {
            type QueryId = $computed;
            const HAS_STATIC_QUERY_ID: bool = true;
        }

        #[automatically_derived]
        impl diesel::expression::Expression for $computed {
            type SqlType = $computed_ty;
        }

        #[automatically_derived]
        impl<DB: diesel::backend::Backend> diesel::query_builder::QueryFragment<DB> for $computed {
            fn walk_ast<'b>(
                &'b self,
                mut out: diesel::query_builder::AstPass<'_, 'b, DB>,
            ) -> diesel::QueryResult<()> {
                out.push_sql("(");
                out.push_sql($computed_sql);
                out.push_sql(")");
                Ok(())
            }
        }

        #[automatically_derived]
        impl diesel::SelectableExpression<table> for $computed {}

        #[automatically_derived]
        impl<QS> diesel::AppearsOnTable<QS> for $computed where
            QS: diesel::query_source::AppearsInFromClause<table, Count = diesel::query_source::Once>
        {
        }

        #[automatically_derived]
        impl<Left, Right>
            diesel::SelectableExpression<
                diesel::internal::table_macro::Join<
                    Left,
                    Right,
                    diesel::internal::table_macro::Inner,
                >,
            > for $computed
        where
            $computed: diesel::AppearsOnTable<
                    diesel::internal::table_macro::Join<
                        Left,
                        Right,
                        diesel::internal::table_macro::Inner,
                    >,
                >,
            Left: diesel::query_source::AppearsInFromClause<table>
                + diesel::query_source::QuerySource,
            Right: diesel::query_source::AppearsInFromClause<table>
                + diesel::query_source::QuerySource,
            (Left::Count, Right::Count): diesel::internal::table_macro::Pick<Left, Right>,
            Self:
                diesel::SelectableExpression<
                        <(Left::Count, Right::Count) as diesel::internal::table_macro::Pick<
                            Left,
                            Right,
                        >>::Selection,
                    >,
        {
        }

        #[automatically_derived]
        impl<Join, On> diesel::SelectableExpression<diesel::internal::table_macro::JoinOn<Join, On>>
            for $computed
        where
            $computed: diesel::SelectableExpression<Join>
                + diesel::AppearsOnTable<diesel::internal::table_macro::JoinOn<Join, On>>,
        {
        }

        #[automatically_derived]
        impl<From>
            diesel::SelectableExpression<
                diesel::internal::table_macro::SelectStatement<
                    diesel::internal::table_macro::FromClause<From>,
                >,
            > for $computed
        where
            From: diesel::query_source::QuerySource,
            $computed: diesel::SelectableExpression<From>
                + diesel::AppearsOnTable<
                    diesel::internal::table_macro::SelectStatement<
                        diesel::internal::table_macro::FromClause<From>,
                    >,
                >,
        {
        }

        // Computed per row, like a column: valid in a query without `GROUP BY`.
        #[automatically_derived]
        impl diesel::expression::ValidGrouping<()> for $computed {
            type IsAggregate = diesel::expression::is_aggregate::No;
        }
    };
}

/// Arithmetic on a numeric column (`task::order + 1`), as Diesel's `table!` derives for its
/// numeric SQL types: `+`, `-`, `*` and `/`, typed by the SQL type's `ops` impls.
#[doc(hidden)]
#[macro_export]
macro_rules! __table_ops {
    (ops: $column:ident, $sql_ty:ty) => {
        $crate::__table_ops!(@op Add add $column, $sql_ty);
        $crate::__table_ops!(@op Sub sub $column, $sql_ty);
        $crate::__table_ops!(@op Mul mul $column, $sql_ty);
        $crate::__table_ops!(@op Div div $column, $sql_ty);
    };
    (@op $op:ident $method:ident $column:ident, $sql_ty:ty) => {
        #[automatically_derived]
        impl<Rhs> ::core::ops::$op<Rhs> for $column
        where
            Rhs: diesel::expression::AsExpression<<$sql_ty as diesel::sql_types::ops::$op>::Rhs>,
        {
            type Output = diesel::internal::table_macro::ops::$op<Self, Rhs::Expression>;

            fn $method(self, rhs: Rhs) -> Self::Output {
                diesel::internal::table_macro::ops::$op::new(self, diesel::expression::AsExpression::as_expression(rhs))
            }
        }
    };
}
