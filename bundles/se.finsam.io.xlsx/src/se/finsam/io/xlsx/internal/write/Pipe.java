package se.finsam.io.xlsx.internal.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a writer on a second thread and hands what it writes, in buffers, to the calling thread's stream: a large
 * sheet's XML is made on one core while the zip entry's deflate (as long again, measured) runs on the other. The
 * queue is short, so at most a few buffers of the sheet are in memory. A failure on either side ends both.
 */
final class Pipe extends OutputStream {

	/** What runs on the second thread. */
	interface Producer {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(8);
	private volatile Throwable failure;
	private volatile boolean closed;

	private Pipe() {
	}

	static void run(Producer producer, OutputStream out) throws IOException {
		Pipe pipe = new Pipe();
		Thread thread = Thread.ofPlatform().name("finsam-xlsx-rows").daemon().start(() -> {
			try {
				producer.writeTo(pipe);
			} catch (Throwable e) {
				pipe.failure = e;
			}
			if (!pipe.closed) {
				pipe.put(END);
			}
		});
		try {
			for (byte[] chunk = pipe.take(); chunk != END; chunk = pipe.take()) {
				out.write(chunk);
			}
		} finally {
			pipe.closed = true;
			thread.interrupt(); // if this side failed, the producer may wait on a full queue
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (pipe.failure instanceof IOException e) {
			throw e;
		} else if (pipe.failure instanceof RuntimeException e) {
			throw e;
		} else if (pipe.failure instanceof Error e) {
			throw e;
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		if (length > 0) {
			try {
				queue.put(Arrays.copyOfRange(bytes, offset, offset + length));
			} catch (InterruptedException e) {
				throw new InterruptedIOException("the sheet's zip entry was not written");
			}
		}
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	private void put(byte[] chunk) {
		try {
			queue.put(chunk);
		} catch (InterruptedException e) {
			// the reading side has stopped already
		}
	}

	private byte[] take() throws InterruptedIOException {
		try {
			return queue.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("export interrupted");
		}
	}
}
