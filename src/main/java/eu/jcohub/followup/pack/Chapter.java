package eu.jcohub.followup.pack;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chapter's content, in words already: the renderers only lay it out. Sections and tables are numbered by the
 * renderer.
 */
public record Chapter(String title, List<Block> blocks) {

	public Chapter {
		blocks = List.copyOf(blocks);
	}

	/** What a chapter is made of. */
	public sealed interface Block permits Text, Heading, Table, Chart {
	}

	/** A paragraph. */
	public record Text(String text) implements Block {
	}

	/** A numbered sub-section heading (1.1, 1.2 …). */
	public record Heading(String text) implements Block {
	}

	/**
	 * A table; numeric columns are right-aligned.
	 *
	 * @param numeric for each column, whether it holds figures
	 */
	public record Table(@Nullable String caption, List<String> headings, List<Boolean> numeric, List<List<String>> rows)
			implements Block {

		public Table {
			headings = List.copyOf(headings);
			numeric = List.copyOf(numeric);
			rows = rows.stream().map(List::copyOf).toList();
		}

		/** A table whose first column is text and every other holds figures. */
		public static Table of(@Nullable String caption, List<String> headings, List<List<String>> rows) {
			var numeric = new java.util.ArrayList<Boolean>();
			for (int i = 0; i < headings.size(); i++) {
				numeric.add(i > 0);
			}
			return new Table(caption, headings, numeric, rows);
		}
	}

	/** A horizontal bar chart, with each bar's figure printed beside it. */
	public record Chart(String caption, List<Bar> bars) implements Block {

		public Chart {
			bars = List.copyOf(bars);
		}

		public BigDecimal largest() {
			return bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		}
	}

	/** One bar: what it stands for, its value and that value as printed. */
	public record Bar(String label, BigDecimal value, String shown) {
	}
}
