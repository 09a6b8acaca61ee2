package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.CommandHarness;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.scijava.task.event.TaskEvent;

/**
 * Cancelling a run — the command itself, or its task in Fiji's task list —
 * stops the simulation at its next check and leaves no output at all.
 */
class CancelTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class, TaskService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static CommandInfo lif() {
		return context.service(CommandService.class).getCommand(LifCommand.class);
	}

	/** Runs a LIF module with its defaults (200 ms, dt 0.1 ms: 2000 steps) and waits for it. */
	private static Module runDefaults(final Module m) throws Exception {
		// every user input resolved: the defaults, never values remembered by other tests
		for (final ModuleItem<?> item : CommandHarness.inputs(lif()))
			m.resolveInput(item.getName());
		final Future<Module> f = context.service(ModuleService.class).run(m, true, new HashMap<>());
		return f.get(30, TimeUnit.SECONDS);
	}

	private static void assertNoOutput(final Module m) {
		assertEquals(new ArrayList<String>(), CommandHarness.presentOutputs(m));
		assertEquals(0, m.getOutput("spikeCount"));
		assertEquals(0.0, m.getOutput("firingRate"));
	}

	@Test
	void cancellingTheCommandWhileItRunsStopsAtTheNextCheckWithNoOutput() throws Exception {
		// The command is cancelled as its run starts (when its task first reports). The loop checks for
		// cancellation every 1024 steps: after step 1024, t = 1024 · 0.1 ms = 102.4 ms, after the first
		// spikes of the 2.5 nA step (at 32.9 ms), none of which may reach an output.
		final Module m = context.service(ModuleService.class).createModule(lif());
		final LifCommand command = (LifCommand) m.getDelegateObject();
		final Object canceller = new Object() {

			@EventHandler
			public void onEvent(final TaskEvent e) {
				if (!command.isCanceled()) command.cancel("user");
			}
		};
		final List<org.scijava.event.EventSubscriber<?>> subscribers = context.service(EventService.class).subscribe(
			canceller);
		try {
			runDefaults(m);
		}
		finally {
			context.service(EventService.class).unsubscribe(subscribers);
		}
		assertEquals("Simulation cancelled at t = 102.4 ms; no results were kept.", Commands.cancelReason(m));
		assertNoOutput(m);
	}

	@Test
	void cancellingTheTaskInTheTaskListStopsTheRun() throws Exception {
		final List<Task> seen = new ArrayList<>();
		final Object canceller = new Object() {

			@EventHandler
			public void onEvent(final TaskEvent e) {
				if (!seen.contains(e.getTask())) seen.add(e.getTask());
				if (!e.getTask().isDone() && !e.getTask().isCanceled()) e.getTask().cancel("user");
			}
		};
		final List<org.scijava.event.EventSubscriber<?>> subscribers = context.service(EventService.class).subscribe(
			canceller);
		try {
			final Module m = runDefaults(context.service(ModuleService.class).createModule(lif()));
			assertEquals("Simulation cancelled at t = 102.4 ms; no results were kept.", Commands.cancelReason(m));
			assertNoOutput(m);
			assertEquals(1, seen.size(), "one task per run");
			assertEquals("Leaky Integrate-and-Fire", seen.get(0).getName());
			assertTrue(seen.get(0).isDone(), "the task is finished when the run ends");
		}
		finally {
			context.service(EventService.class).unsubscribe(subscribers);
		}
	}
}
