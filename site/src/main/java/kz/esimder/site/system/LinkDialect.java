package kz.esimder.site.system;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code esm:link="${link}"} on an {@code <a>}: a {@link Linkable} shown as {@code <a href="…">text</a>}, or as
 * {@code <span>text</span>} when it has no href: what {@code <a th:if="${l.href}" th:href="${l.href}"
 * th:text="${l.text}"></a><span th:unless="${l.href}" th:text="${l.text}"></span>} writes, with one
 * expression instead of five and one element instead of two (the idiom was a large share of an uncached
 * person page's template time). The text and the href are escaped as {@code th:text} and {@code th:href}
 * escape them; the host element's other attributes stay (on the link only, as the idiom had them).
 */
@Component
class LinkDialect extends AbstractProcessorDialect {
    LinkDialect() {
        super("Esimder", "esm", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new LinkProcessor(dialectPrefix));
    }

    private static final class LinkProcessor extends AbstractStandardExpressionAttributeTagProcessor {
        /** After th:each and th:if (200, 300), as th:text (1300) would run. */
        private static final int PRECEDENCE = 1300;

        LinkProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "link", PRECEDENCE, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, Object expressionResult, IElementTagStructureHandler structure) {
            Linkable link = (Linkable) expressionResult;
            String text = HtmlEscape.escapeHtml4Xml(link.text() == null ? "" : link.text());
            if (link.href() != null) {
                structure.replaceAttribute(attributeName, "href", HtmlEscape.escapeHtml4Xml(link.href()));
                structure.setBody(text, false);
                return;
            }
            IModelFactory factory = context.getModelFactory();
            IModel span = factory.createModel();
            span.add(factory.createOpenElementTag("span"));
            span.add(factory.createText(text));
            span.add(factory.createCloseElementTag("span"));
            structure.replaceWith(span, false);
        }
    }
}
