/* SPDX-License-Identifier: GPL-2.0 */
/* The subcommands of privcmd-test that live in their own files. */
#ifndef PRIVCMD_TESTS_H
#define PRIVCMD_TESTS_H

#include <xen/xen.h>

int cmd_bad(domid_t domid);
void bad_input_racing(domid_t domid);
int cmd_answers(void);
int cmd_fuzz(domid_t domid, unsigned long calls, unsigned long seed);
int cmd_share(domid_t domid);
int cmd_race(domid_t domid, unsigned long calls, unsigned long seed);

#endif /* PRIVCMD_TESTS_H */
