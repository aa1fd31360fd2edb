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
 * {@code dev.netlint.core.rule.DeviceRule}: it writes {@code META-INF/services/dev.netlint.core.rule.DeviceRule}
 * into the compiled classes, so that adding a rule is writing its class, its page and its fixtures, and
 * nothing else. A {@code @Rule} class the {@link java.util.ServiceLoader} could not load (abstract, not
 * public, no public constructor without parameters, not a {@code DeviceRule}) is a compile error that names
 * it. The annotation is known by name, so that this processor depends on nothing.
 *
 * <p>An incremental compilation (an IDE's, or Maven's after one file changed) sees only the classes it
 * compiles: the processor therefore merges with the services file already in the output, as Google's
 * AutoService does, keeping each listed class that still exists and still carries {@code @Rule}, so that
 * recompiling one rule never shrinks the registry to that rule.
 */
@SupportedAnnotationTypes({RuleServicesProcessor.RULE, RuleServicesProcessor.RULES})
public final class RuleServicesProcessor extends AbstractProcessor {

    static final String RULE = "dev.netlint.core.rule.Rule";
    /** The container of several {@code @Rule}s on one class (the input rules). */
    static final String RULES = "dev.netlint.core.rule.Rule.List";
    static final String CHECK = "dev.netlint.core.rule.DeviceRule";
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
            rules.addAll(stillListed());
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

    /** The rules of the services file already in the output whose classes still exist as rules. */
    private Set<String> stillListed() {
        Set<String> kept = new TreeSet<>();
        FileObject existing;
        try {
            existing = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", SERVICES);
        } catch (IOException | IllegalArgumentException e) {
            return kept;
        }
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                existing.openInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#") || rules.contains(name)) {
                    continue;
                }
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name.replace('$', '.'));
                if (type != null && annotated(type)) {
                    kept.add(name);
                }
            }
        } catch (IOException e) {
            return kept;
        }
        return kept;
    }

    private static boolean annotated(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .map(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString())
                .anyMatch(name -> name.equals(RULE) || name.equals(RULES));
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
