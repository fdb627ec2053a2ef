#ifndef LLMPROXY_CEDITLINE_SHIM_H
#define LLMPROXY_CEDITLINE_SHIM_H

#include <histedit.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

// el_set, el_get and history are variadic, which Swift cannot call; stdin/stdout/stderr are mutable globals that
// Swift 6 refuses. One typed wrapper per use.

static inline EditLine *cedit_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
static inline int cedit_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT, prompt);
}
static inline int cedit_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int cedit_set_signal_handling(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int cedit_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *cedit_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int cedit_add_function(EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}
static inline int cedit_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
static inline int cedit_set_history(EditLine *el, History *history_) {
    return el_set(el, EL_HIST, history, history_);
}

static inline History *cedit_history_open(int size) {
    History *h = history_init();
    HistEvent event;
    if (h != NULL) {
        history(h, &event, H_SETSIZE, size);
        history(h, &event, H_SETUNIQUE, 1);
    }
    return h;
}
static inline int cedit_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int cedit_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int cedit_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

// Ctrl-C at the prompt: a handler installed without SA_RESTART makes el_gets return NULL with errno EINTR, which the
// REPL reads as "cancel this line" instead of the process dying. SIGINT is unblocked too: a parent may have left it
// blocked, and then the keystroke would never reach the read.
static inline int cedit_catch_interrupts(void (*handler)(int)) {
    struct sigaction action;
    sigset_t interrupt;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
    return sigaction(SIGINT, &action, NULL);
}

#endif
