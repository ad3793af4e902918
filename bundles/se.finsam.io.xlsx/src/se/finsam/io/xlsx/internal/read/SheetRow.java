package se.finsam.io.xlsx.internal.read;

import java.math.BigDecimal;

/**
 * One row as read: each cell's text and what kind of value it held. Numbers keep the text the file stored so that
 * nothing is rounded on the way in.
 */
public final class SheetRow {

	public static final byte EMPTY = 0;
	public static final byte TEXT = 1;
	public static final byte NUMBER = 2;
	public static final byte ERROR = 3;
	/** A number shown as a percentage: 1.5 is 150 %, as Excel stores it. */
	public static final byte PERCENT = 4;

	private final int number;
	private final String[] values;
	private final byte[] kinds;

	public SheetRow(int number, String[] values, byte[] kinds) {
		this.number = number;
		this.values = values;
		this.kinds = kinds;
	}

	/** The sheet's row number, 1-based as Excel shows it. */
	public int number() {
		return number;
	}

	/** How many columns (the last non-empty cell's index + 1). */
	public int size() {
		return values.length;
	}

	/** The cell's text, stripped; "" when empty or beyond the row. */
	public String text(int column) {
		if (column < 0 || column >= values.length || values[column] == null) {
			return "";
		}
		String value = values[column];
		return isNumber(column) ? canonicalNumber(value) : value.strip();
	}

	/** The cell's text as Excel shows it where that differs from what it stores: 1.5 as "150 %". */
	public String shown(int column) {
		return kind(column) == PERCENT ? number(column).movePointRight(2).stripTrailingZeros().toPlainString() + " %"
				: text(column);
	}

	/** Whether the cell holds a number (plain or a percentage). */
	public boolean isNumber(int column) {
		byte kind = kind(column);
		return kind == NUMBER || kind == PERCENT;
	}

	public byte kind(int column) {
		return column < 0 || column >= kinds.length ? EMPTY : kinds[column];
	}

	/** The number a numeric cell holds, exactly as stored. */
	public BigDecimal number(int column) {
		return new BigDecimal(values[column].strip());
	}

	public boolean isBlank() {
		for (int i = 0; i < values.length; i++) {
			if (kinds[i] != EMPTY && !text(i).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** 42735 for "42735", "42735.0" or "4.2735E4"; 0.5 for "0.5". */
	static String canonicalNumber(String stored) {
		String s = stored.strip();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				try {
					BigDecimal value = new BigDecimal(s).stripTrailingZeros();
					return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
				} catch (NumberFormatException e) {
					return s;
				}
			}
		}
		return s;
	}
}
