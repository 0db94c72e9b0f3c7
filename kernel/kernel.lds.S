/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One layout for both architectures.  The kernel is linked at 0 as a
 * position-independent executable: Xen places a dom0 kernel wherever its
 * RAM happens to be, so the boot code applies the R_*_RELATIVE relocations
 * itself before any C runs (arch/<arch>/kernel/head.S).
 *
 * .bss is folded into the loaded image so that the file's size is the
 * kernel's whole footprint: Xen puts the device tree just past the end of
 * a 32-bit zImage, where a separate .bss would land on top of it.
 */
ENTRY(_head)

SECTIONS
{
	. = 0;
	_head = .;

	.head.text : { KEEP(*(.head.text)) }
	.text : {
		_text = .;
		*(.text .text.*)
		_etext = .;
	}

	.rodata : ALIGN(16) { *(.rodata .rodata.*) }
	.ktap_suites : ALIGN(8) {
		__ktap_suites_start = .;
		KEEP(*(.ktap_suites))
		__ktap_suites_end = .;
	}
	__ex_table : ALIGN(8) {
		__start___ex_table = .;
		KEEP(*(__ex_table))
		__stop___ex_table = .;
	}

	.got : ALIGN(8) { *(.got.plt) *(.got) }
	.rela.dyn : ALIGN(8) {
		__rela_start = .;
		*(.rela.dyn) *(.rela.*)
		__rela_end = .;
	}
	.rel.dyn : ALIGN(8) {
		__rel_start = .;
		*(.rel.dyn) *(.rel.*)
		__rel_end = .;
	}
	.dynamic : { *(.dynamic) }
	.dynsym : { *(.dynsym) }
	.dynstr : { *(.dynstr) }
	.hash : { *(.hash) }
	.gnu.hash : { *(.gnu.hash) }

	.data : ALIGN(4096) {
		*(.data .data.*)
		. = ALIGN(4096);
		__bss_start = .;
		*(.bss .bss.*) *(COMMON)
		. = ALIGN(4096);
		__bss_end = .;
		/* Keeps the section loaded even when .data itself is empty. */
		LONG(0)
		. = ALIGN(4096);
	}
	_end = .;
	_kernel_size = ABSOLUTE(_end - _head);

	/DISCARD/ : {
		*(.comment) *(.note .note.*) *(.interp) *(.eh_frame) *(.ARM.exidx*) *(.ARM.attributes)
	}
}
