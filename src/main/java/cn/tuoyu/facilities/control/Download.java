package cn.tuoyu.facilities.control;

/** A stored material as it is served: always as an attachment, with the type recognised at upload. */
public record Download(String fileName, String contentType, byte[] content) {
}
