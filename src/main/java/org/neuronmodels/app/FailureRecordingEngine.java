package org.neuronmodels.app;

import java.io.Reader;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * A script engine that remembers the exception its script threw. SciJava's
 * {@code ScriptModule} catches and only logs it (its outputs are then left at
 * null or 0), so the launcher and the tests ask the engine afterwards with
 * {@link #failure()} and fail loudly.
 */
public final class FailureRecordingEngine implements ScriptEngine {

	private final ScriptEngine engine;
	private volatile Throwable failure;

	/** Wraps {@code engine}. */
	public FailureRecordingEngine(final ScriptEngine engine) {
		this.engine = engine;
	}

	/** What the last evaluation threw, or null. */
	public Throwable failure() {
		return failure;
	}

	/** The wrapped engine. */
	public ScriptEngine engine() {
		return engine;
	}

	@Override
	public Object eval(final String script, final ScriptContext context) throws ScriptException {
		return record(() -> engine.eval(script, context));
	}

	@Override
	public Object eval(final Reader reader, final ScriptContext context) throws ScriptException {
		return record(() -> engine.eval(reader, context));
	}

	@Override
	public Object eval(final String script) throws ScriptException {
		return record(() -> engine.eval(script));
	}

	@Override
	public Object eval(final Reader reader) throws ScriptException {
		return record(() -> engine.eval(reader));
	}

	@Override
	public Object eval(final String script, final Bindings n) throws ScriptException {
		return record(() -> engine.eval(script, n));
	}

	@Override
	public Object eval(final Reader reader, final Bindings n) throws ScriptException {
		return record(() -> engine.eval(reader, n));
	}

	@Override
	public void put(final String key, final Object value) {
		engine.put(key, value);
	}

	@Override
	public Object get(final String key) {
		return engine.get(key);
	}

	@Override
	public Bindings getBindings(final int scope) {
		return engine.getBindings(scope);
	}

	@Override
	public void setBindings(final Bindings bindings, final int scope) {
		engine.setBindings(bindings, scope);
	}

	@Override
	public Bindings createBindings() {
		return engine.createBindings();
	}

	@Override
	public ScriptContext getContext() {
		return engine.getContext();
	}

	@Override
	public void setContext(final ScriptContext context) {
		engine.setContext(context);
	}

	@Override
	public ScriptEngineFactory getFactory() {
		return engine.getFactory();
	}

	private interface Evaluation {

		Object eval() throws ScriptException;
	}

	private Object record(final Evaluation evaluation) throws ScriptException {
		failure = null;
		try {
			return evaluation.eval();
		}
		catch (final ScriptException | RuntimeException | Error e) {
			failure = e;
			throw e;
		}
	}
}
