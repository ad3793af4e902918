package se.finsam.store;

import java.time.Instant;

/**
 * A project's figures for readers as last published ({@link FiguresForReaders}).
 *
 * @param content what {@link FiguresForReaders#compute} gave
 * @param computedAt when they were published (some seconds after the save they count)
 */
public record PublishedFigures(String content, Instant computedAt) {
}
