package dev.netlint.core.internal.load.schema;

import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of values of one type. An element that cannot be read is left out (and reported), and the
 * list is then marked unknown in its owner.
 */
public final class ListType<E> implements ValueType<List<E>> {

    private final ValueType<E> element;

    ListType(ValueType<E> element) {
        this.element = element;
    }

    static <E> ListType<E> of(ValueType<E> element) {
        return new ListType<>(element);
    }

    public ValueType<E> element() {
        return element;
    }

    @Override
    public List<E> read(Reading in, JsonPointer at) {
        Cursor c = in.cursor();
        if (c.isNull()) {
            c.advance();
            return List.of();
        }
        if (c.kind() != Cursor.Kind.SEQUENCE) {
            in.invalid(in.location(at), in.keyName(at) + " must be a list, found " + in.found());
            c.skipNode();
            return List.of();
        }
        if (!in.untagged(at)) {
            c.skipNode();
            return List.of();
        }
        c.advance();
        List<E> result = new ArrayList<>();
        int index = 0;
        while (c.kind() != Cursor.Kind.SEQUENCE_END) {
            E value = element.read(in, at.child(index++));
            if (value != null) {
                result.add(value);
            }
        }
        c.advance();
        return result;
    }

    @Override
    public String describe() {
        return "a list of " + element.describe().replaceFirst("^an? ", "");
    }

    @Override
    public java.util.Map<String, Object> schema() {
        return Schemas.node("type", Schemas.types("array"), "items", element.schema());
    }
}
