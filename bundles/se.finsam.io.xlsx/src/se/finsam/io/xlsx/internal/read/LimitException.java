package se.finsam.io.xlsx.internal.read;

/** A file goes beyond what a real spreadsheet holds: refused before it can exhaust memory or time. */
final class LimitException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	enum Kind {
		ROWS, COLUMNS, CELL, SHARED_STRINGS, SHARED_STRING_INDEX
	}

	final Kind kind;

	LimitException(Kind kind) {
		super(kind.name(), null, false, false);
		this.kind = kind;
	}
}
