package se.finsam.bench.internal;

/** A group of measurements run by {@code ./finsam bench NAME}; registered as an OSGi service. */
public interface BenchSuite {

	String name();

	void run(BenchContext context) throws Exception;
}
