/* What explain mode may be handed: any bytes as one of our requests, and
 * as an answer to it, decoded at -v and -vv, whole and summed up. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netlink.h>

#include "decode.h"
#include "fuzz.h"

static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Aligned, as a receive buffer is; the first half is our request. */
	uint32_t *buf = malloc(size + 4);
	size_t half = size / 2 & ~(size_t)3;

	if (!buf)
		abort();
	memcpy(buf, data, size);
	if (!sink)
		sink = fopen("/dev/null", "w");
	for (int level = 1; level <= 2; level++) {
		struct decode d = { sink, level, NULL };

		decode_request(&d, (const struct nlmsghdr *)(const void *)buf, size);
		decode_answer(&d, (const struct nlmsghdr *)(const void *)buf, size, NULL, 0, false);
		decode_answer(&d, (const struct nlmsghdr *)(const void *)buf, size, NULL, 0, true);
		decode_answer(&d, (const struct nlmsghdr *)(const void *)((const char *)buf + half),
			      size - half, (const struct nlmsghdr *)(const void *)buf, half, false);
	}
	free(buf);
	return 0;
}
