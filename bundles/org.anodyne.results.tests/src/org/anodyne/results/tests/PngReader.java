package org.anodyne.results.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An independent PNG reader for the tests: checks the signature and every chunk's CRC, inflates
 * the image data and undoes all five row filters, so the encoder is checked against the PNG
 * specification rather than against itself.
 */
final class PngReader {

	final int width;
	final int height;
	final int[] rgb;
	final Map<String, String> text = new LinkedHashMap<>();

	private PngReader(int width, int height, int[] rgb) {
		this.width = width;
		this.height = height;
		this.rgb = rgb;
	}

	int get(int x, int y) {
		return rgb[y * width + x];
	}

	static PngReader read(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(stream);
		byte[] signature = new byte[8];
		in.readFully(signature);
		if (!Arrays.equals(signature, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			throw new IOException("bad PNG signature");
		}
		int width = 0;
		int height = 0;
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		Map<String, String> text = new LinkedHashMap<>();
		while (true) {
			int length = in.readInt();
			byte[] type = new byte[4];
			in.readFully(type);
			byte[] data = new byte[length];
			in.readFully(data);
			CRC32 crc = new CRC32();
			crc.update(type);
			crc.update(data);
			if ((int) crc.getValue() != in.readInt()) {
				throw new IOException("CRC mismatch in chunk " + new String(type, StandardCharsets.US_ASCII));
			}
			String name = new String(type, StandardCharsets.US_ASCII);
			switch (name) {
			case "IHDR" -> {
				DataInputStream h = new DataInputStream(new java.io.ByteArrayInputStream(data));
				width = h.readInt();
				height = h.readInt();
				if (h.readByte() != 8 || h.readByte() != 2 || h.readByte() != 0 || h.readByte() != 0 || h.readByte() != 0) {
					throw new IOException("not 8-bit RGB, non-interlaced");
				}
			}
			case "IDAT" -> idat.write(data);
			case "tEXt" -> {
				int zero = 0;
				while (data[zero] != 0) {
					zero++;
				}
				text.put(new String(data, 0, zero, StandardCharsets.ISO_8859_1),
						new String(data, zero + 1, data.length - zero - 1, StandardCharsets.ISO_8859_1));
			}
			case "IEND" -> {
				PngReader png = new PngReader(width, height, unfilter(width, height, inflate(idat.toByteArray())));
				png.text.putAll(text);
				return png;
			}
			default -> {
				// Ancillary chunks are ignored, as the specification allows.
			}
			}
		}
	}

	private static byte[] inflate(byte[] data) throws IOException {
		Inflater inflater = new Inflater();
		inflater.setInput(data);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		try {
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && inflater.needsInput()) {
					throw new IOException("truncated image data");
				}
				out.write(buffer, 0, n);
			}
		} catch (DataFormatException e) {
			throw new IOException(e);
		} finally {
			inflater.end();
		}
		return out.toByteArray();
	}

	private static int[] unfilter(int width, int height, byte[] raw) throws IOException {
		int stride = width * 3;
		if (raw.length != height * (stride + 1)) {
			throw new IOException("image data has " + raw.length + " bytes, expected " + height * (stride + 1));
		}
		int[] rgb = new int[width * height];
		byte[] previous = new byte[stride];
		byte[] row = new byte[stride];
		for (int y = 0; y < height; y++) {
			int filter = raw[y * (stride + 1)];
			for (int i = 0; i < stride; i++) {
				int x = raw[y * (stride + 1) + 1 + i] & 0xff;
				int a = i >= 3 ? row[i - 3] & 0xff : 0;
				int b = previous[i] & 0xff;
				int c = i >= 3 ? previous[i - 3] & 0xff : 0;
				int predictor = switch (filter) {
				case 0 -> 0;
				case 1 -> a;
				case 2 -> b;
				case 3 -> (a + b) / 2;
				case 4 -> {
					int p = a + b - c;
					int pa = Math.abs(p - a);
					int pb = Math.abs(p - b);
					int pc = Math.abs(p - c);
					yield pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
				}
				default -> throw new IOException("bad filter type " + filter);
				};
				row[i] = (byte) (x + predictor);
			}
			for (int px = 0; px < width; px++) {
				rgb[y * width + px] = (row[3 * px] & 0xff) << 16 | (row[3 * px + 1] & 0xff) << 8 | row[3 * px + 2] & 0xff;
			}
			byte[] swap = previous;
			previous = row;
			row = swap;
		}
		return rgb;
	}
}
