package dev.lede.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A double column of whole numbers (Tablesaw's sums) is shown without decimals; others keep 4. */
class WholeNumberCellsTest {

    @Test
    void sumsOfCountsAreWholeNumbers() {
        Table t = Table.create("t", StringColumn.create("kind", "a", "a", "b"), IntColumn.create("tokens", 808, 1, 431));
        Table sums = t.summarize("tokens", AggregateFunctions.sum).by("kind");
        assertEquals("Sum [tokens]", sums.column(1).name());
        assertEquals("t summary\nkind  Sum [tokens]\na              809\nb              431\n",
                Rendering.table(sums, 20).get(MimeBundle.TEXT_PLAIN));
    }

    @Test
    void oneFractionKeepsTheWholeColumnAtFourDecimals() {
        DoubleColumn c = DoubleColumn.create("x", 2.0, 0.5, 1e15);
        assertEquals(List.of("2.0000", "0.5000", "1.000e+15"),
                List.of(Cells.cell(c, 0, Cells.wholeNumbers(c)), Cells.cell(c, 1, Cells.wholeNumbers(c)), Cells.cell(c, 2, Cells.wholeNumbers(c))));
        DoubleColumn whole = DoubleColumn.create("y", 2.0, -3.0, 0.0);
        assertEquals(List.of("2", "-3", "0"),
                List.of(Cells.cell(whole, 0, Cells.wholeNumbers(whole)), Cells.cell(whole, 1, Cells.wholeNumbers(whole)), Cells.cell(whole, 2, Cells.wholeNumbers(whole))));
        assertEquals("-∞", Cells.number(Double.NEGATIVE_INFINITY));
    }
}
