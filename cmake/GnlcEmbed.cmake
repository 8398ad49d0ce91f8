# gnlc_embed(TARGET SYMBOL FILE): compiles FILE's bytes into TARGET as
#   std::string_view gnlc::embedded::SYMBOL()
# The data is embedded at build time, so a binary needs no file at run time.
set(GNLC_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/GnlcEmbedScript.cmake")

function(gnlc_embed target symbol file)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${file} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P "${GNLC_EMBED_SCRIPT}"
    DEPENDS "${file}" "${GNLC_EMBED_SCRIPT}"
    COMMENT "Embedding ${symbol}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()
