package dev.versus.render.freemarker;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.util.Map;

/**
 * A record as templates see it: {@code x.name} calls the record's reader through a method handle
 * found once per class ({@link RecordReaders}) and wraps the value. Everything else (method
 * calls such as {@code x.name()}, {@code ?api}, printing the record itself, names that are not
 * plain readers) is FreeMarker's own bean model, which this class extends, so the two cannot
 * disagree.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
    private final Map<String, MethodHandle> readers;

    RecordModel(Record record, Map<String, MethodHandle> readers, BeansWrapper wrapper) {
        super(record, wrapper);
        this.readers = readers;
    }

    @Override
    protected TemplateModel get(String key, boolean beforeMethodCall)
            throws TemplateModelException, ShouldNotBeGetAsMethodException {
        MethodHandle reader = beforeMethodCall ? null : readers.get(key);
        if (reader == null) {
            return super.get(key, beforeMethodCall);
        }
        return wrap(read(reader, key));
    }

    private Object read(MethodHandle reader, String key) throws TemplateModelException {
        try {
            return (Object) reader.invokeExact(object);
        } catch (Throwable e) {
            throw new TemplateModelException("An error has occurred when reading \"" + key + "\" of "
                    + object.getClass().getName() + "; see cause exception!", e);
        }
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }
}
