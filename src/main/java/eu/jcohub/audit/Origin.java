package eu.jcohub.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a request came from, for a reader: the server itself, an IPv4 address, or an IPv6 address in its short
 * form ({@code 2001:db8::1} rather than {@code 2001:db8:0:0:0:0:0:1}, as the servlet container writes it).
 */
enum Origin {
	NONE, LOCAL, ADDRESS;

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV4_MAPPED = Pattern.compile("(?i)(0{1,4}:){5}ffff:(\\d{1,3}(\\.\\d{1,3}){3})|::ffff:(\\d{1,3}(\\.\\d{1,3}){3})");

	static Origin of(String address) {
		var readable = readable(address);
		if (readable.isEmpty()) {
			return NONE;
		}
		return readable.equals("::1") || readable.startsWith("127.") ? LOCAL : ADDRESS;
	}

	/** The address in its usual short form; anything that is not an address is kept as written. */
	static String readable(String address) {
		var text = address.strip();
		if (text.isEmpty() || IPV4.matcher(text).matches()) {
			return text;
		}
		var mapped = IPV4_MAPPED.matcher(text);
		if (mapped.matches()) {
			return mapped.group(2) != null ? mapped.group(2) : mapped.group(4);
		}
		return shortIpv6(text).orElse(text);
	}

	/** RFC 5952: no leading zeros, the longest run of two or more zero groups as “::”, lower case. */
	private static Optional<String> shortIpv6(String text) {
		var zone = text.indexOf('%');
		var bare = zone < 0 ? text : text.substring(0, zone);
		var groups = bare.split(":", -1);
		if (groups.length != 8 || !Arrays.stream(groups).allMatch(group -> group.matches("[0-9a-fA-F]{1,4}"))) {
			return Optional.empty();
		}
		var values = Arrays.stream(groups).map(group -> Integer.toHexString(Integer.parseInt(group, 16))).toList();
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && values.get(i + length).equals("0")) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		if (bestStart < 0) {
			return Optional.of(String.join(":", values));
		}
		return Optional.of(String.join(":", values.subList(0, bestStart)) + "::"
				+ String.join(":", values.subList(bestStart + bestLength, 8)));
	}
}
