package org.anodyne.results.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit truecolour PNG (colour type 2, no interlace) with java.util.zip, so result pictures
 * need no AWT. Each row gets the filter (None, Sub, Up, Average or Paeth) with the smallest sum of
 * absolute differences, the heuristic the PNG specification recommends.
 */
public final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private PngEncoder() {
	}

	/**
	 * Encodes an image.
	 *
	 * @param width  pixels across
	 * @param height pixels down
	 * @param rgb    0xRRGGBB per pixel, row by row from the top
	 * @param text   tEXt entries (keyword → Latin-1 text), e.g. Software, Title
	 */
	public static void write(int width, int height, int[] rgb, Map<String, String> text, OutputStream out)
			throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(width);
		h.writeInt(height);
		h.writeByte(8);
		h.writeByte(2);
		h.writeByte(0);
		h.writeByte(0);
		h.writeByte(0);
		chunk(data, "IHDR", header.toByteArray());
		for (Map.Entry<String, String> e : text.entrySet()) {
			ByteArrayOutputStream t = new ByteArrayOutputStream();
			t.write(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
			t.write(0);
			t.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
			chunk(data, "tEXt", t.toByteArray());
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
			int stride = width * 3;
			byte[] previous = new byte[stride];
			byte[] current = new byte[stride];
			byte[][] candidates = new byte[5][stride];
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int p = rgb[y * width + x];
					current[3 * x] = (byte) (p >> 16);
					current[3 * x + 1] = (byte) (p >> 8);
					current[3 * x + 2] = (byte) p;
				}
				int best = 0;
				long bestSum = Long.MAX_VALUE;
				for (int f = 0; f < 5; f++) {
					long sum = filter(f, current, previous, candidates[f]);
					if (sum < bestSum) {
						bestSum = sum;
						best = f;
					}
				}
				z.write(best);
				z.write(candidates[best]);
				byte[] swap = previous;
				previous = current;
				current = swap;
			}
		} finally {
			deflater.end();
		}
		chunk(data, "IDAT", compressed.toByteArray());
		chunk(data, "IEND", new byte[0]);
		data.flush();
	}

	private static long filter(int type, byte[] row, byte[] up, byte[] out) {
		long sum = 0;
		for (int i = 0; i < row.length; i++) {
			int a = i >= 3 ? row[i - 3] & 0xff : 0;
			int b = up[i] & 0xff;
			int c = i >= 3 ? up[i - 3] & 0xff : 0;
			int x = row[i] & 0xff;
			int predicted = switch (type) {
			case 0 -> 0;
			case 1 -> a;
			case 2 -> b;
			case 3 -> (a + b) >>> 1;
			default -> paeth(a, b, c);
			};
			byte v = (byte) (x - predicted);
			out[i] = v;
			sum += Math.abs((int) v);
		}
		return sum;
	}

	static int paeth(int a, int b, int c) {
		int p = a + b - c;
		int pa = Math.abs(p - a);
		int pb = Math.abs(p - b);
		int pc = Math.abs(p - c);
		if (pa <= pb && pa <= pc) {
			return a;
		}
		return pb <= pc ? b : c;
	}

	private static void chunk(DataOutputStream out, String type, byte[] payload) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(payload.length);
		out.write(name);
		out.write(payload);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(payload);
		out.writeInt((int) crc.getValue());
	}
}
