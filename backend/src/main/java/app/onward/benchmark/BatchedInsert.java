package app.onward.benchmark;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows for one table, written on {@link #flush()} as multi-row inserts of up to a thousand rows each: a statement per row would
 * make the benchmark volume take minutes. Plain inserts as the application role, so row-level security
 * checks every row and gives it the transaction's tenant (COPY is refused on tables with RLS anyway).
 */
final class BatchedInsert<R extends Record> {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final DSLContext dsl;
    private final Table<R> table;
    private final List<Field<?>> fields;
    private final List<Object[]> pending = new ArrayList<>();

    BatchedInsert(DSLContext dsl, Table<R> table, Field<?>... fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = List.of(fields);
    }

    void add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for " + fields.size() + " fields");
        }
        pending.add(values);
    }

    void flush() {
        for (int from = 0; from < pending.size(); from += ROWS_PER_STATEMENT) {
            InsertValuesStepN<R> insert = dsl.insertInto(table).columns(fields);
            for (Object[] row : pending.subList(from, Math.min(pending.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(row);
            }
            insert.execute();
        }
        pending.clear();
    }
}
