package dev.fidelio.subsonic.response;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML form. Every element is written in the Subsonic namespace, declared once as the default namespace on the
 * root, so children carry no declaration of their own (and never {@code xmlns=""}); attributes are unqualified, as
 * the schema's {@code attributeFormDefault} says.
 */
final class XmlResponse {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final OutputStream out;
    private final boolean legacy;

    XmlResponse(OutputStream out, boolean legacy) {
        this.out = out;
        this.legacy = legacy;
    }

    void write(ResponseWriter.Envelope envelope, Payload payload) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ResponseWriter.NAMESPACE);
            xml.writeStartElement(ResponseWriter.NAMESPACE, "subsonic-response");
            xml.writeDefaultNamespace(ResponseWriter.NAMESPACE);
            writeAttributes(xml, envelope);
            if (!payload.isEmpty()) {
                element(xml, payload.name(), payload.value());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the XML response: " + e.getMessage(), e);
        }
    }

    private void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item != null) {
                    element(xml, name, item);
                }
            }
            return;
        }
        xml.writeStartElement(ResponseWriter.NAMESPACE, name);
        if (value.getClass().isRecord()) {
            writeAttributes(xml, value);
            writeChildren(xml, value);
        } else {
            xml.writeCharacters(Scalars.xmlSafe(Scalars.text(value)));
        }
        xml.writeEndElement();
    }

    /** Attributes first: XML wants them before any child, whatever the component order. */
    private void writeAttributes(XMLStreamWriter xml, Object record) throws XMLStreamException {
        for (RecordShape.Part part : RecordShape.of(record.getClass()).parts()) {
            Object value = part.kind() == RecordShape.Kind.ATTRIBUTE ? valueToWrite(part, record) : null;
            if (value != null) {
                xml.writeAttribute(part.name(), Scalars.xmlSafe(Scalars.text(value)));
            }
        }
    }

    private void writeChildren(XMLStreamWriter xml, Object record) throws XMLStreamException {
        for (RecordShape.Part part : RecordShape.of(record.getClass()).parts()) {
            Object value = part.kind() == RecordShape.Kind.ATTRIBUTE ? null : valueToWrite(part, record);
            if (value == null) {
                continue;
            }
            if (part.kind() == RecordShape.Kind.TEXT) {
                xml.writeCharacters(Scalars.xmlSafe(Scalars.text(value)));
            } else {
                element(xml, part.name(), value);
            }
        }
    }

    private Object valueToWrite(RecordShape.Part part, Object record) {
        return legacy && part.openSubsonicOnly() ? null : part.valueOf(record);
    }
}
