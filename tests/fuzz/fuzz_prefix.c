/* parse_prefix: what it accepts, written back out, reads back the same. */
#include <arpa/inet.h>
#include <stdio.h>

#include "fuzz.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *word = fuzz_string(data, size);
	char text[INET6_ADDRSTRLEN], again[INET6_ADDRSTRLEN + 8];
	struct prefix prefix, reread;

	if (!parse_prefix(word, &prefix)) {
		unsigned int max = prefix.family == AF_INET ? 32 : 128;
		if (prefix.len > max || (prefix.family != AF_INET &&
					 prefix.family != AF_INET6))
			abort();
		if (!inet_ntop(prefix.family, prefix.addr, text, sizeof(text)))
			abort();
		snprintf(again, sizeof(again), "%s/%u", text, prefix.len);
		if (parse_prefix(again, &reread) || reread.family != prefix.family ||
		    reread.len != prefix.len ||
		    memcmp(reread.addr, prefix.addr, sizeof(prefix.addr)))
			abort();
	}
	free(word);
	return 0;
}
