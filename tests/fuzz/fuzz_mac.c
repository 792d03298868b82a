/* parse_mac and parse_uint: what they accept, written back, reads the same. */
#include <stdio.h>

#include "fuzz.h"
#include "parse.h"

#define MAC_SIZE 32

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *word = fuzz_string(data, size);
	uint8_t mac[MAC_SIZE], reread[MAC_SIZE];
	unsigned int len, relen;
	char text[MAC_SIZE * 3 + 1];
	unsigned long number, renumber;

	if (!parse_mac(word, mac, MAC_SIZE, &len)) {
		if (len == 0 || len > MAC_SIZE)
			abort();
		for (unsigned int i = 0; i < len; i++)
			snprintf(text + (i ? 3 * i - 1 : 0), 4, i ? ":%02x" : "%02x", mac[i]);
		if (parse_mac(text, reread, MAC_SIZE, &relen) || relen != len ||
		    memcmp(mac, reread, len))
			abort();
	}
	if (!parse_uint(word, 65535, &number)) {
		snprintf(text, sizeof(text), "%lu", number);
		if (number > 65535 || parse_uint(text, 65535, &renumber) ||
		    renumber != number)
			abort();
	}
	free(word);
	return 0;
}
