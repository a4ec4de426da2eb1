#pragma once

// Lets Catch2 print QStrings (and so show both sides of a failed comparison).
#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
