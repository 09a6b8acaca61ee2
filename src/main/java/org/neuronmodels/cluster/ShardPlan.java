package org.neuronmodels.cluster;

import org.neuronmodels.core.Checks;

/**
 * How the points {@code 0 … n−1} of a sweep are split into shards: contiguous,
 * disjoint ranges that together cover every point, shard {@code i} holding
 * points {@code [from(i), to(i))}. The shard count is capped at the number of points.
 */
public final class ShardPlan {

	/** The most shards (array tasks) one sweep may have. */
	public static final int MAX_SHARDS = 100_000;

	private final int points;
	private final int requested;
	private final int shards;

	private ShardPlan(final int points, final int requested) {
		this.points = points;
		this.requested = requested;
		this.shards = Math.min(points, requested);
	}

	/** A plan for {@code points} points in {@code shards} shards (fewer if there are fewer points). */
	public static ShardPlan of(final int points, final int shards) {
		Checks.inRange("shards", shards, 1, MAX_SHARDS);
		if (points < 1) throw new IllegalArgumentException("a sweep has at least one point");
		return new ShardPlan(points, shards);
	}

	/** The number of points. */
	public int points() {
		return points;
	}

	/** The number of shards. */
	public int shards() {
		return shards;
	}

	/** Whether fewer shards than asked for are used (more shards than points). */
	public boolean capped() {
		return shards < requested;
	}

	/** A note saying the shard count was capped, or "" if it was not. */
	public String cappedNote() {
		return capped() ? "shards = " + requested + " is more than the " + points + " points: using " + shards +
			" shards (one point each)" : "";
	}

	/** The first point of shard {@code i}. */
	public int from(final int i) {
		return (int) ((long) points * i / shards);
	}

	/** One past the last point of shard {@code i}. */
	public int to(final int i) {
		return (int) ((long) points * (i + 1) / shards);
	}

	/** The shard holding point {@code p}. */
	public int shardOf(final int p) {
		int lo = 0, hi = shards - 1;
		while (lo < hi) {
			final int mid = (lo + hi + 1) >>> 1;
			if (from(mid) <= p) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}
