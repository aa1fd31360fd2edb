package dev.netlint.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Registers every class annotated {@code @dev.netlint.core.rule.Rule} as a service of
 * {@code dev.netlint.core.rule.Check}: it writes {@code META-INF/services/dev.netlint.core.rule.Check}
 * into the compiled classes, so that adding a rule is writing its class, its page and its fixtures, and
 * nothing else. A {@code @Rule} class the {@link java.util.ServiceLoader} could not load (abstract, not
 * public, no public constructor without parameters, not a {@code Check}) is a compile error that names
 * it. The annotation is known by name, so that this processor depends on nothing.
 */
@SupportedAnnotationTypes(RuleServicesProcessor.RULE)
public final class RuleServicesProcessor extends AbstractProcessor {

    static final String RULE = "dev.netlint.core.rule.Rule";
    static final String CHECK = "dev.netlint.core.rule.Check";
    static final String SERVICES = "META-INF/services/" + CHECK;

    private final Set<String> rules = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (loadable(element)) {
                    rules.add(processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString());
                }
            }
        }
        if (round.processingOver() && !rules.isEmpty()) {
            write();
        }
        return false;
    }

    /** Whether the ServiceLoader can make an instance of the class; reports why not. */
    private boolean loadable(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            return error(element, "@Rule belongs on a class that implements " + CHECK);
        }
        TypeElement type = (TypeElement) element;
        if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return error(element, "a @Rule class must be public and not abstract, so that it can be loaded");
        }
        if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
            return error(element, "a @Rule class nested in another must be static");
        }
        boolean constructor = type.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.CONSTRUCTOR)
                .map(ExecutableElement.class::cast)
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        if (!constructor) {
            return error(element, "a @Rule class needs a public constructor without parameters");
        }
        TypeElement check = processingEnv.getElementUtils().getTypeElement(CHECK);
        if (check != null) {
            TypeMirror erased = processingEnv.getTypeUtils().erasure(check.asType());
            if (!processingEnv.getTypeUtils().isAssignable(type.asType(), erased)) {
                return error(element, "a @Rule class must implement " + CHECK);
            }
        }
        return true;
    }

    private boolean error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return false;
    }

    private void write() {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICES);
            try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                out.write("# Written by the build from the @Rule classes (dev.netlint.processor.RuleServicesProcessor)\n");
                for (String rule : rules) {
                    out.write(rule);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + SERVICES + ": " + e);
        }
    }
}
