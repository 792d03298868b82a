#ifndef TINYIP_TESTS_H
#define TINYIP_TESTS_H

#include <check.h>

Suite *parse_suite(void);
Suite *rtnl_suite(void);
Suite *link_suite(void);
Suite *addr_suite(void);
Suite *netns_suite(void);
Suite *print_suite(void);

#endif
