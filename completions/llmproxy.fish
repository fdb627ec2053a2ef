function __llmproxy_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmproxy_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __llmproxy_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmproxy_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __llmproxy_parse_tokens -S
    set -l unparsed_tokens (__llmproxy_tokens -pc)
    switch $unparsed_tokens[1]
    case 'llmproxy'
        __llmproxy_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'serve'
            __llmproxy_parse_subcommand 0 'role=' 'host=' 'port=' 'name=' 'region=' 'public-url=' 'config=' 'database-url=' 'allow-weak-master-key' 'version' 'h/help'
        case 'migrate'
            __llmproxy_parse_subcommand 0 'config=' 'database-url=' 'version' 'h/help'
        case 'version'
            __llmproxy_parse_subcommand 0 'version' 'h/help'
        case 'help'
            __llmproxy_parse_subcommand -r 1 'version'
        end
    end
end

function __llmproxy_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __llmproxy_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __llmproxy_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __llmproxy_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__llmproxy_tokens -p)
    if test -z "$(__llmproxy_tokens -t)"
        set -l index (count (__llmproxy_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'llmproxy' -f
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy" version' -l 'version' -d 'Show the version.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_positional "llmproxy" -eq 1' -fa 'serve' -d 'Run the gateway.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_positional "llmproxy" -eq 1' -fa 'migrate' -d 'Apply pending database migrations and exit.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_positional "llmproxy" -eq 1' -fa 'version' -d 'Print the version.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_positional "llmproxy" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" role' -l 'role' -d 'Which planes to serve: admin, worker or all.' -rfka 'admin worker all'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" host' -l 'host' -d 'Address to listen on (default 0.0.0.0).' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" port' -l 'port' -d 'Port to listen on (default 4000; 0 picks a free one).' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" name' -l 'name' -d 'How this instance names itself in the fleet (default <hostname>:<port>).' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" region' -l 'region' -d 'The region this instance runs in, such as eu-west.' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" public-url' -l 'public-url' -d 'How admins and the UI reach this instance, such as https://eu.llm.example.com.' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" config' -l 'config' -d 'Read settings from this YAML config file (LiteLLM\'s format).' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" database-url' -l 'database-url' -d 'Database URL: sqlite:PATH (default sqlite:llmproxy.sqlite) or postgres://…; overrides DATABASE_URL.' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" allow-weak-master-key' -l 'allow-weak-master-key' -d 'Start even with a short or well-known master key (local experiments only).'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" version' -l 'version' -d 'Show the version.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy migrate" config' -l 'config' -d 'Read settings from this YAML config file (LiteLLM\'s format).' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy migrate" database-url' -l 'database-url' -d 'Database URL: sqlite:PATH (default sqlite:llmproxy.sqlite) or postgres://…; overrides DATABASE_URL.' -rfka ''
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy migrate" version' -l 'version' -d 'Show the version.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy migrate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy version" version' -l 'version' -d 'Show the version.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmproxy' -n '__llmproxy_should_offer_completions_for_flags_or_options "llmproxy help" version' -l 'version' -d 'Show the version.'
