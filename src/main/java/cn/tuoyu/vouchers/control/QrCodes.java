package cn.tuoyu.vouchers.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes with ZXing: text to PNG for the parent's screen, and a photo of a code back to text at the counter. */
public final class QrCodes {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private QrCodes() {
    }

    public static byte[] png(String text, int size) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalArgumentException("cannot encode this text as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the QR code in a photo from the counter: a PNG or JPEG (recognised by its first bytes, whatever
     * the request said) that holds one; 415 for anything else, 422 when no code is found.
     */
    public static String decodePhoto(byte[] image) {
        if (!isPng(image) && !isJpeg(image)) {
            throw new UnsupportedImageException();
        }
        return decode(image).orElseThrow(NoQrCodeInImageException::new);
    }

    private static boolean isPng(byte[] image) {
        return image.length >= PNG.length && Arrays.equals(image, 0, PNG.length, PNG, 0, PNG.length);
    }

    private static boolean isJpeg(byte[] image) {
        return image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF;
    }

    /**
     * The text of the QR code in a PNG or JPEG image; empty when the image holds none or is not an image. ZXing's
     * hybrid binarizer, tuned for photos, misses about one clean screen image in 250; the global-histogram one and the
     * pure-barcode path read those, so each is tried in turn.
     */
    public static Optional<String> decode(byte[] image) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image));
            if (picture == null) {
                return Optional.empty();
            }
            BufferedImageLuminanceSource luminance = new BufferedImageLuminanceSource(picture);
            return read(new BinaryBitmap(new HybridBinarizer(luminance)), false)
                    .or(() -> read(new BinaryBitmap(new GlobalHistogramBinarizer(luminance)), false))
                    .or(() -> read(new BinaryBitmap(new HybridBinarizer(luminance)), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(BinaryBitmap bitmap, boolean pure) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE));
        if (pure) {
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        }
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
        } catch (NotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
