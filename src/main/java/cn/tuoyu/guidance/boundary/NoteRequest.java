package cn.tuoyu.guidance.boundary;

import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** A family's short note, e.g. why another time suits better. */
public record NoteRequest(@Size(max = 500) @PlainText(multiline = true) String note) {

    /* explicit canonical constructor: keeps the constraints off constructor parameters (Payara's OpenAPI) */
    public NoteRequest(String note) {
        this.note = note;
    }
}
