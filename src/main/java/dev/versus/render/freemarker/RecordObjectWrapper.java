package dev.versus.render.freemarker;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.util.Map;

/**
 * FreeMarker's default object wrapper with a fast path for the views, which are records: a read
 * of {@code view.title} costs a map lookup and a method-handle call instead of the bean model's
 * introspection-cache lookups and reflective invocation, and strings are recognised before the
 * chain of type checks. Every other value is wrapped exactly as before.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {

    RecordObjectWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value instanceof Record record) {
            Map<String, MethodHandle> readers = RecordReaders.of(record.getClass());
            if (!readers.isEmpty()) {
                return new RecordModel(record, readers, this);
            }
        }
        return super.wrap(value);
    }
}
