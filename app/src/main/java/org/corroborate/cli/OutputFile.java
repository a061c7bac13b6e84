package org.corroborate.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.nio.file.Path} option as a file the command writes: before the command runs, {@link OutputFiles}
 * checks that it can be written, so a wrong path is a bad argument with the reason, not an internal error after the
 * work is done.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface OutputFile {
}
