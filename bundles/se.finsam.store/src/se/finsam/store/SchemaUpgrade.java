package se.finsam.store;

import java.nio.file.Path;

/**
 * The store's database was made by an older version of the product and was brought up to this one's schema when
 * it opened; a backup of it as it was ({@code backup}, restorable with {@link StoreService#restore}) was taken first.
 */
public record SchemaUpgrade(int from, int to, Path backup) {
}
