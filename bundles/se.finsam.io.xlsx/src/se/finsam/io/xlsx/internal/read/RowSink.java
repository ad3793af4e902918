package se.finsam.io.xlsx.internal.read;

/** Receives a workbook's rows in order, sheet by sheet; blank rows are not passed on. */
public interface RowSink {

	/** A sheet begins; {@code date1904}: the workbook counts date serial numbers from 1904 (old Mac Excel). */
	void startSheet(String name, boolean date1904);

	void row(SheetRow row);

	/** Whether the user asked to stop; checked every few hundred rows. */
	default boolean cancelled() {
		return false;
	}
}
