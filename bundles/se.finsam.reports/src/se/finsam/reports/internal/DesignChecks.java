package se.finsam.reports.internal;

import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.model.api.DataSourceHandle;
import org.eclipse.birt.report.model.api.OdaDataSourceHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.ScriptDataSetHandle;
import org.eclipse.osgi.util.NLS;

import se.finsam.reports.ReportException;

/**
 * A power user's design reads data only through JDBC data sources, which all get the snapshot of the views: a
 * flat-file, XML or web-service data source would read files or the network, a script data source runs code.
 * Refused before the design runs, naming the data source.
 */
final class DesignChecks {

	private static final String JDBC = "org.eclipse.birt.report.data.oda.jdbc";

	private DesignChecks() {
	}

	static void dataSources(IReportRunnable runnable, String file) throws ReportException {
		ReportDesignHandle design = (ReportDesignHandle) runnable.getDesignHandle();
		for (Object o : design.getAllDataSources()) {
			DataSourceHandle source = (DataSourceHandle) o;
			if (!(source instanceof OdaDataSourceHandle oda) || !JDBC.equals(oda.getExtensionID())) {
				throw new ReportException(NLS.bind(Messages.Design_dataSource, file, source.getName()), null);
			}
		}
		for (Object o : design.getAllDataSets()) {
			if (o instanceof ScriptDataSetHandle set) {
				throw new ReportException(NLS.bind(Messages.Design_dataSource, file, set.getName()), null);
			}
		}
	}
}
