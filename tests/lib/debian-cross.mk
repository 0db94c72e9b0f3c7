# SPDX-License-Identifier: GPL-2.0
#
# Building a dom0 test program for ARCH (arm64 or armhf) against the
# unpacked Debian root ROOT (scripts/setup --all unpacks libxen-dev
# there), with this machine's cross compiler and libc: included by
# tests/privcmd/Makefile and tests/grant/Makefile.  Sets CC, CPPFLAGS,
# CFLAGS and LDFLAGS; the includer adds its -l options.

ARCH ?= arm64
O ?= .

ifeq ($(ARCH),arm64)
TRIPLET := aarch64-linux-gnu
else ifeq ($(ARCH),armhf)
TRIPLET := arm-linux-gnueabihf
else
$(error ARCH must be arm64 or armhf, not '$(ARCH)')
endif
ifeq ($(ROOT),)
$(error ROOT must name the unpacked Debian root of $(ARCH))
endif

comma := ,
CC := $(TRIPLET)-gcc
LIBDIRS := $(ROOT)/usr/lib/$(TRIPLET) $(ROOT)/lib/$(TRIPLET)
CPPFLAGS := -D_GNU_SOURCE -D__XEN_TOOLS__ -isystem $(ROOT)/usr/include
CFLAGS := -O2 -g -Wall -Wextra -Werror -Wno-missing-field-initializers
LDFLAGS := $(addprefix -L,$(LIBDIRS)) $(addprefix -Wl$(comma)-rpath-link$(comma),$(LIBDIRS))
