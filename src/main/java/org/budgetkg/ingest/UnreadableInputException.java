package org.budgetkg.ingest;

/** The input cannot be read as a disclosure; the message is one line a person can act on. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) { super(message); }
}
