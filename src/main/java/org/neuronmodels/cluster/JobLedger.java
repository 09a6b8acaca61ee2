package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The jobs submitted for a sweep ({@code jobs.json}): for every shard the
 * job that last ran it and how many times it was submitted, so a later run
 * (resume, collect) knows what is still queued and what to resubmit.
 */
final class JobLedger {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private List<String> jobs = new ArrayList<>();
	private Map<String, String> lastJob = new LinkedHashMap<>();
	private Map<String, Integer> submissions = new LinkedHashMap<>();

	/** The ledger in {@code file}, or an empty one. */
	static JobLedger read(final Path file) throws IOException {
		if (!Files.exists(file)) return new JobLedger();
		try {
			final JobLedger l = GSON.fromJson(new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
				JobLedger.class);
			return l == null ? new JobLedger() : l;
		}
		catch (final JsonParseException exc) {
			throw new IOException(file + " is not a job ledger: " + exc.getMessage(), exc);
		}
	}

	/** Writes the ledger atomically. */
	void write(final Path file) throws IOException {
		WorkFiles.writeAtomically(file, GSON.toJson(this).getBytes(StandardCharsets.UTF_8));
	}

	/** Records that {@code job} runs {@code shards}. */
	void submitted(final String job, final List<Integer> shards) {
		jobs.add(job);
		for (final int i : shards) {
			lastJob.put(String.valueOf(i), job);
			submissions.merge(String.valueOf(i), 1, Integer::sum);
		}
	}

	/** The job that last ran shard {@code i}, or null. */
	String lastJob(final int i) {
		return lastJob.get(String.valueOf(i));
	}

	/** How many times shard {@code i} was submitted. */
	int submissions(final int i) {
		return submissions.getOrDefault(String.valueOf(i), 0);
	}

	/** Every job ever submitted for the sweep, without repeats. */
	List<String> jobs() {
		final Set<String> s = new LinkedHashSet<>(jobs);
		return new ArrayList<>(s);
	}
}
